package se.tjanstekatalog.accounting.control;

import java.util.Arrays;
import java.util.Locale;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishCsv;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;

/**
 * A bolag's (or a served kommun's) invoice basis as CSV ({@link SwedishCsv}: ';', decimal comma, UTF-8 with a BOM,
 * CRLF, text cells safe from formula injection; in English the comma dialect); one row per line
 * and a last row with the totals, each naming the customer and its motpart.
 */
public final class InvoiceBasisCsv {
  private static final String[] HEADER = {"customerCode", "customer", "counterpart", "month",
      "line",
      "quantity", "unitPrice", "exVat", "vatRate", "vat", "incVat"};

  private InvoiceBasisCsv() {}

  /** The Swedish CSV. */
  public static byte[] render(InvoiceBasis basis) {
    return render(basis, SwedishFormat.SWEDISH);
  }

  public static byte[] render(InvoiceBasis basis, Locale locale) {
    ExportFormat f = ExportFormat.of(locale);
    String month = f.month(basis.month());
    String[] header = Arrays.stream(HEADER)
        .map(c -> f.text("export.invoiceBasis.column." + c)).toArray(String[]::new);
    return SwedishCsv.render(f.locale(), header, rows -> {
      for (InvoiceBasis.Line l : basis.lines()) {
        rows.row(basis.orgCode(), basis.orgName(), basis.counterpart(), month, l.text(),
            l.quantity(),
            l.unitPrice(), l.amountExVat(), l.vatRate(), l.vat(), l.amountIncVat());
      }
      rows.row(basis.orgCode(), basis.orgName(), basis.counterpart(), month,
          f.text("export.invoiceBasis.total"),
          null, null, basis.totalExVat(), null, basis.totalVat(), basis.totalIncVat());
    });
  }
}
