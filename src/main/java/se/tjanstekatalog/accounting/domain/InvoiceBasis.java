package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

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
      return amountExVat.multiply(vatRate).divide(BigDecimal.valueOf(100), 2,
          RoundingMode.HALF_UP);
    }

    public BigDecimal amountIncVat() {
      return amountExVat.add(vat()).setScale(2, RoundingMode.HALF_UP);
    }
  }

  public BigDecimal totalExVat() {
    return lines.stream().map(Line::amountExVat).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal totalVat() {
    return lines.stream().map(Line::vat).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal totalIncVat() {
    return totalExVat().add(totalVat());
  }
}
