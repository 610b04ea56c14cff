package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.Amount;

/**
 * Fakturaunderlag: a bolag's binding lines of a month with VAT, or those of all the orgs of a
 * kommun a shared IT nämnd serves. The VAT is computed per line (amount × rate / 100, HALF_UP
 * to öre) and the totals are the sums of the lines. {@code counterpart} is the customer's
 * Kommun-Bas motpart in the seller's books: a bolag's own, or the motpart the host's settings
 * give the kommuner it serves (null when not known).
 */
public record InvoiceBasis(String orgCode, String orgName, String municipality,
    YearMonth month, List<Line> lines, String counterpart) {

  public InvoiceBasis {
    lines = List.copyOf(lines);
  }

  /** An invoice basis without a motpart. */
  public InvoiceBasis(String orgCode, String orgName, String municipality, YearMonth month,
      List<Line> lines) {
    this(orgCode, orgName, municipality, month, lines, null);
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

  /**
   * Lines of the same text, unit price and VAT rate made one, quantities and amounts summed,
   * in the order each first appears: a kommun billed for all its orgs at once (a shared IT
   * nämnd's host billing a kommun it serves) gets one line per service and level, not one per
   * org. VAT stays per line, so it is that of the summed amount.
   */
  public static List<Line> combined(List<Line> lines) {
    Map<List<Object>, Line> out = new LinkedHashMap<>();
    for (Line l : lines) {
      List<Object> key = Arrays.asList(l.text(), strip(l.unitPrice()), strip(l.vatRate()));
      out.merge(key, l, (a, b) -> new Line(a.text(), a.quantity() == null ? b.quantity()
          : b.quantity() == null ? a.quantity() : a.quantity().add(b.quantity()),
          a.unitPrice(), a.amountExVat().plus(b.amountExVat()), a.vatRate()));
    }
    return List.copyOf(out.values());
  }

  private static BigDecimal strip(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
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
