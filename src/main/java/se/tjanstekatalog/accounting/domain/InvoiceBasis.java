package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.Amount;

/**
 * Fakturaunderlag: a bolag's binding lines of a month with VAT. The VAT is computed per line
 * (amount × rate / 100, HALF_UP to öre) and the totals are the sums of the lines.
 */
public record InvoiceBasis(String orgCode, String orgName, String municipality,
    YearMonth month, List<Line> lines) {

  public InvoiceBasis {
    lines = List.copyOf(lines);
  }

  /** One line: what (service and level, or pool), quantity, unit price, amounts and VAT. */
  public record Line(String text, BigDecimal quantity, BigDecimal unitPrice,
      Amount amountExVat, BigDecimal vatRate) {

    public Amount vat() {
      return amountExVat.vat(vatRate);
    }

    public Amount amountIncVat() {
      return amountExVat.plus(vat());
    }
  }

  public Amount totalExVat() {
    return lines.stream().map(Line::amountExVat).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount totalVat() {
    return lines.stream().map(Line::vat).reduce(Amount.ZERO, Amount::plus);
  }

  public Amount totalIncVat() {
    return totalExVat().plus(totalVat());
  }
}
