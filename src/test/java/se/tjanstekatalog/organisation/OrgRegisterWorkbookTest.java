package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.consumption.control.KeyValueImport;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.organisation.control.OrgChanges;
import se.tjanstekatalog.organisation.control.OrgRegisterWorkbook;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;

class OrgRegisterWorkbookTest {
  @TempDir Path dir;

  private OrgRegisterWorkbook.Reading read(byte[] workbook) throws IOException {
    Path file = dir.resolve("orgs.xlsx");
    Files.write(file, workbook);
    return OrgRegisterWorkbook.read(TabularFile.open(file));
  }

  private static OrgRegisterWorkbook.Reading rows(String... lines) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      rows.add(line.split(";", -1));
    }
    return OrgRegisterWorkbook.read(RowSource.of(
        List.of("Kod", "Namn", "Typ", "Ansvar", "Motpart", "Giltig från", "Giltig till"), rows));
  }

  @Test
  void anExportReadsBackAsExactlyTheRegisterItWasWrittenFrom() throws IOException {
    List<OrgUnitData> register = List.of(
        new OrgUnitData(null, 0, "GSF", "Grundskoleförvaltningen", OrgKind.ADMINISTRATION,
            "2100", "1", LocalDate.of(2026, 1, 1), null),
        new OrgUnitData(null, 0, "BOAB", "Bostads AB", OrgKind.COMPANY, "8100", "5",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    OrgRegisterWorkbook.Reading reading = read(OrgRegisterWorkbook.write(register));
    assertEquals(List.of(), reading.problems());
    List<OrgUnitData> back = reading.lines().stream().map(OrgRegisterWorkbook.Line::data)
        .toList();
    assertEquals(2, back.size());
    for (OrgUnitData org : register) {
      OrgUnitData again = back.stream().filter(b -> b.code().equals(org.code())).findFirst()
          .orElseThrow();
      assertEquals(List.of(), OrgChanges.between(org, again), org.code());
    }
  }

  @Test
  void theTemplateHasTheColumnsAndNoRowsSoImportingItAsIsSaysSo() throws IOException {
    OrgRegisterWorkbook.Reading reading = read(OrgRegisterWorkbook.template());
    assertEquals(List.of("import.problem.noRows"),
        reading.problems().stream().map(ImportProblem::key).toList());
  }

  @Test
  void everyBadRowIsNamedWithItsColumnAndNoRowIsKept() throws IOException {
    OrgRegisterWorkbook.Reading reading = rows(
        "KS;Kommunstyrelseförvaltningen;förvaltning;1000;1;2027-01-01;",
        "EHAB;Ekdala Hamn AB;bolag;8000;1;2027-01-01;",
        "TEK;Tekniska;kommun;4000;1;2027-01-01;",
        "ks;Dubblett;förvaltning;1000;1;2027-01-01;",
        "SOC;Socialförvaltningen;förvaltning;3000;1;1 januari;");
    assertTrue(reading.lines().isEmpty(), "all or nothing");
    assertEquals(List.of(
            "3 Motpart org.error.counterpart.company",
            "4 Typ orgRegister.problem.kind",
            "5 Kod orgRegister.problem.codeTwice",
            "6 Giltig från orgRegister.problem.date"),
        reading.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.key())
            .toList());
    assertEquals(4, reading.report("orgs.xlsx").problemCount());
  }

  @Test
  void aWorkbookNamesTheSheetWithTheColumn() throws IOException {
    byte[] bad = OrgRegisterWorkbook.write(List.of(new OrgUnitData(null, 0, "X", "Namn",
        OrgKind.ADMINISTRATION, "1", "1", LocalDate.of(2026, 1, 1), null)));
    OrgRegisterWorkbook.Reading reading = read(bad);
    assertEquals(List.of("2 Organisationer, Kod org.error.code.format"),
        reading.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.key())
            .toList());
  }

  @Test
  void aWorkbookWithoutTheRequiredColumnsIsRefusedAtTheHeader() throws IOException {
    OrgRegisterWorkbook.Reading reading = OrgRegisterWorkbook.read(RowSource.of(
        List.of("Kod", "Namn"), List.<String[]>of(new String[] {"KS", "Kommunstyrelsen"})));
    assertTrue(reading.problems().stream()
        .allMatch(p -> p.key().equals("import.problem.columnMissing") && p.row() == 1));
    assertEquals(4, reading.problems().size()); // Typ, Ansvar, Motpart, Giltig från
  }

  @Test
  void theKindIsReadInSwedishOrByItsCodeName() {
    assertEquals(OrgKind.ADMINISTRATION, OrgRegisterWorkbook.parseKind("FÖRVALTNING"));
    assertEquals(OrgKind.COMPANY, OrgRegisterWorkbook.parseKind("Bolag"));
    assertEquals(OrgKind.COMPANY, OrgRegisterWorkbook.parseKind("COMPANY"));
    assertEquals(null, OrgRegisterWorkbook.parseKind("kommun"));
  }

  @Test
  void theExampleRegisterOfANewMunicipalityIsTheGeneratedOneAndHasNoProblems()
      throws IOException {
    OrgRegisterWorkbook.Reading reading =
        OrgRegisterWorkbook.read(TabularFile.open(NewMunicipalityExamples.WORKBOOK));
    assertEquals(List.of(), reading.problems());
    List<OrgUnitData> expected = NewMunicipalityExamples.orgs();
    assertEquals(expected.size(), reading.lines().size());
    for (OrgUnitData org : expected) {
      OrgUnitData read = reading.lines().stream().map(OrgRegisterWorkbook.Line::data)
          .filter(d -> d.code().equals(org.code())).findFirst().orElseThrow();
      assertEquals(List.of(), OrgChanges.between(org, read), org.code());
    }
    assertEquals(Set.of("KS", "BUF", "SOC", "TEK", "EHAB"),
        expected.stream().map(OrgUnitData::code).collect(Collectors.toSet()));
  }

  @Test
  void theExampleKeyValuesAreTheGeneratedOnesForTheFiveOrgsInTheirFirstMonth()
      throws IOException {
    assertEquals(NewMunicipalityExamples.keyValueCsv(),
        Files.readString(NewMunicipalityExamples.KEY_VALUES, StandardCharsets.UTF_8));
    TabularFile file = TabularFile.open(NewMunicipalityExamples.KEY_VALUES);
    List<ImportProblem> problems = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    Set<String> registered = NewMunicipalityExamples.orgs().stream().map(OrgUnitData::code)
        .collect(Collectors.toSet());
    file.read(new TabularFile.RowHandler() {
      Columns columns;

      @Override
      public void header(String[] names) {
        columns = Columns.resolve(names, KeyValueImport.COLUMNS, problems);
        assertTrue(columns.present(2) && columns.present(3), "headcount and FTE given");
      }

      @Override
      public void row(long rowNo, String[] cells) {
        YearMonth month = YearMonth.parse(columns.cell(cells, 0));
        assertEquals(YearMonth.from(NewMunicipalityExamples.FROM), month, "row " + rowNo);
        orgs.add(columns.cell(cells, 1));
        assertTrue(Integer.parseInt(columns.cell(cells, 2)) > 0, "row " + rowNo);
        assertTrue(new java.math.BigDecimal(columns.cell(cells, 3).replace(',', '.'))
            .signum() > 0, "row " + rowNo);
      }
    }, bytes -> { });
    assertEquals(List.of(), problems);
    assertEquals(registered, Set.copyOf(orgs));
    assertEquals(registered.size(), orgs.size());
  }

  @Test
  void theAuditTrailSaysWhichFieldsChangedFromWhatToWhat() {
    OrgUnitData before = new OrgUnitData(1L, 3, "KS", "Kommunstyrelsen",
        OrgKind.ADMINISTRATION, "1000", "1", LocalDate.of(2026, 1, 1), null);
    OrgUnitData after = new OrgUnitData(null, 0, "KS", "Kommunstyrelseförvaltningen",
        OrgKind.ADMINISTRATION, "1000", "2", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31));
    List<String> changes = OrgChanges.between(before, after);
    assertEquals(List.of("namn: Kommunstyrelsen → Kommunstyrelseförvaltningen",
        "motpart: 1 → 2", "aktiv till: tills vidare → 2026-12-31"), changes);
    assertEquals("Ändrad organisation KS: namn: Kommunstyrelsen → Kommunstyrelseförvaltningen;"
        + " motpart: 1 → 2; aktiv till: tills vidare → 2026-12-31",
        OrgChanges.changed(after, changes));
    assertEquals(List.of(), OrgChanges.between(before, before), "id and version are no change");
  }
}
