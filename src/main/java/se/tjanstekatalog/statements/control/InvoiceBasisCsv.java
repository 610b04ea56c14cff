package se.tjanstekatalog.statements.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statements.domain.InvoiceBasis;

/**
 * A bolag's invoice basis as Swedish CSV: ';' separated, decimal comma without grouping, UTF-8
 * with a BOM (so Excel reads å ä ö), CRLF; one row per line and a last row with the totals.
 */
public final class InvoiceBasisCsv {
  static final String[] HEADER = {"Kundkod", "Kund", "Månad", "Rad", "Antal", "Á-pris",
      "Belopp exkl. moms", "Momssats %", "Moms", "Belopp inkl. moms"};

  private InvoiceBasisCsv() {}

  public static byte[] render(InvoiceBasis basis) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setRecordSeparator("\r\n")
          .setHeader(HEADER).build();
      try (CSVPrinter p = new CSVPrinter(w, format)) {
        String month = SwedishFormat.month(basis.month());
        for (InvoiceBasis.Line l : basis.lines()) {
          p.printRecord(basis.orgCode(), basis.orgName(), month, l.text(), number(l.quantity()),
              number(l.unitPrice()), number(l.amountExVat()), number(l.vatRate()),
              number(l.vat()), number(l.amountIncVat()));
        }
        p.printRecord(basis.orgCode(), basis.orgName(), month, "Summa", "", "",
            number(basis.totalExVat()), "", number(basis.totalVat()),
            number(basis.totalIncVat()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** 1234.5 → "1234,5": plain, decimal comma, no grouping. */
  static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', ',');
  }
}
