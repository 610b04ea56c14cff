package se.tjanstekatalog.statements.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statements.domain.Statement;

/**
 * A statement as Swedish CSV, InvoiceBasisCsv's dialect: ';', decimal comma without grouping,
 * UTF-8 with a BOM, CRLF. Every row names the org and the month; see {@link StatementRows}.
 */
public final class StatementCsv {
  private StatementCsv() {}

  public static byte[] render(Statement s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> header = new ArrayList<>(List.of("Organisationskod", "Organisation",
        "Period", "Status"));
    header.addAll(List.of(StatementRows.HEADER));
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setRecordSeparator("\r\n")
          .setHeader(header.toArray(String[]::new)).build();
      try (CSVPrinter p = new CSVPrinter(w, format)) {
        String month = SwedishFormat.month(s.month());
        for (StatementRows.Row r : StatementRows.of(s)) {
          p.printRecord(s.orgCode(), s.orgName(), month, s.status(), r.section(), r.area(),
              r.text(), n(r.quantity()), n(r.unitPrice()), r.key(), n(r.keyValue()),
              n(r.keyTotal()), n(r.sharePercent()), n(r.amount()), r.month(), r.reason());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String n(java.math.BigDecimal value) {
    return InvoiceBasisCsv.number(value);
  }
}
