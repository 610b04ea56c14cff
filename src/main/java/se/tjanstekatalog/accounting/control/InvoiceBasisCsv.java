package se.tjanstekatalog.accounting.control;

import se.tjanstekatalog.shared.SwedishCsv;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;

/**
 * A bolag's invoice basis as Swedish CSV ({@link SwedishCsv}: ';', decimal comma, UTF-8 with
 * a BOM, CRLF, text cells safe from formula injection); one row per line and a last row with
 * the totals.
 */
public final class InvoiceBasisCsv {
  static final String[] HEADER = {"Kundkod", "Kund", "Månad", "Rad", "Antal", "Á-pris",
      "Belopp exkl. moms", "Momssats %", "Moms", "Belopp inkl. moms"};

  private InvoiceBasisCsv() {}

  public static byte[] render(InvoiceBasis basis) {
    String month = SwedishFormat.month(basis.month());
    return SwedishCsv.render(HEADER, rows -> {
      for (InvoiceBasis.Line l : basis.lines()) {
        rows.row(basis.orgCode(), basis.orgName(), month, l.text(), l.quantity(),
            l.unitPrice(), l.amountExVat(), l.vatRate(), l.vat(), l.amountIncVat());
      }
      rows.row(basis.orgCode(), basis.orgName(), month, "Summa", null, null,
          basis.totalExVat(), null, basis.totalVat(), basis.totalIncVat());
    });
  }
}
