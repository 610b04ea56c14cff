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
      BigDecimal amountExVat, BigDecimal vatRate) {

    public BigDecimal vat() {
      return Amount.of(amountExVat).vat(vatRate).value();
    }

    public BigDecimal amountIncVat() {
      return Amount.of(amountExVat).plus(Amount.of(vat())).value();
    }
  }

  public BigDecimal totalExVat() {
    return Amount.sum(lines.stream().map(Line::amountExVat).toList()).value();
  }

  public BigDecimal totalVat() {
    return Amount.sum(lines.stream().map(Line::vat).toList()).value();
  }

  public BigDecimal totalIncVat() {
    return totalExVat().add(totalVat());
  }
}
