package se.tjanstekatalog.organisation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.tjanstekatalog.organisation.control.OrgRegisterWorkbook;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;

/**
 * The example files of a new municipality, Ekdala kommun, that docs/examples holds for the
 * onboarding (README, OPERATIONS.md, the browser test): its org register as a workbook and
 * its first month's key values as CSV. Written by code so that they stay in the portal's own
 * format; run {@code main} (from the repository root) after changing this class.
 */
public final class NewMunicipalityExamples {
  static final Path WORKBOOK = Path.of("docs/examples/organisationsregister-ny-kommun.xlsx");
  static final Path KEY_VALUES = Path.of("docs/examples/nyckeltal-ny-kommun-2027-01.csv");
  static final LocalDate FROM = LocalDate.of(2027, 1, 1);

  /** An org with its headcount and FTE for the first month. */
  record ExampleOrg(OrgUnitData data, int headcount, BigDecimal fte) {}

  static final List<ExampleOrg> ORGS = List.of(
      adm("KS", "Kommunstyrelseförvaltningen", "1000", 185, "172,5"),
      adm("BUF", "Barn- och utbildningsförvaltningen", "2000", 1460, "1318,0"),
      adm("SOC", "Socialförvaltningen", "3000", 1120, "986,4"),
      adm("TEK", "Tekniska förvaltningen", "4000", 240, "228,0"),
      new ExampleOrg(new OrgUnitData(null, 0, "EHAB", "Ekdala Hamn AB", OrgKind.COMPANY,
          "8000", "5", FROM, null), 42, new BigDecimal("40.0")));

  private NewMunicipalityExamples() {}

  private static ExampleOrg adm(String code, String name, String costCentre, int headcount,
      String fte) {
    return new ExampleOrg(new OrgUnitData(null, 0, code, name, OrgKind.ADMINISTRATION,
        costCentre, "1", FROM, null), headcount, new BigDecimal(fte.replace(',', '.')));
  }

  static List<OrgUnitData> orgs() {
    return ORGS.stream().map(ExampleOrg::data).toList();
  }

  /** The key-value CSV as the key-value import reads it (semicolon, decimal comma). */
  static String keyValueCsv() {
    StringBuilder csv = new StringBuilder("Period;Förvaltning;Antal medarbetare;Årsarbetare;"
        + "Omslutning\r\n");
    for (ExampleOrg org : ORGS) {
      csv.append(FROM.toString(), 0, 7).append(';').append(org.data().code()).append(';')
          .append(org.headcount()).append(';')
          .append(org.fte().setScale(1).toPlainString().replace('.', ',')).append(";\r\n");
    }
    return csv.toString();
  }

  public static void main(String[] args) throws IOException {
    Files.write(WORKBOOK, OrgRegisterWorkbook.write(orgs()));
    Files.writeString(KEY_VALUES, keyValueCsv(), StandardCharsets.UTF_8);
  }
}
