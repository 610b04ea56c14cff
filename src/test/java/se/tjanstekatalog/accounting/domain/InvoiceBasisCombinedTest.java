package se.tjanstekatalog.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.accounting.domain.InvoiceBasis.Line;
import se.tjanstekatalog.shared.Amount;

class InvoiceBasisCombinedTest {
  private static final BigDecimal VAT = new BigDecimal("25");

  @Test
  void linesOfOneServiceLevelPriceAndVatBecomeOneInTheOrderTheyFirstCame() {
    List<Line> combined = InvoiceBasis.combined(List.of(
        new Line("Dator, Bas", new BigDecimal("10"), new BigDecimal("450.00"),
            Amount.of("4500.00"), VAT),
        new Line("E-post, Bas", new BigDecimal("3"), new BigDecimal("40.00"),
            Amount.of("120.00"), VAT),
        new Line("Dator, Bas", new BigDecimal("2"), new BigDecimal("450.0"),
            Amount.of("900.00"), new BigDecimal("25.00")),
        new Line("Pool: Nätverk", null, null, Amount.of("333.33"), VAT),
        new Line("Pool: Nätverk", null, null, Amount.of("333.34"), VAT)));
    assertEquals(List.of("Dator, Bas", "E-post, Bas", "Pool: Nätverk"),
        combined.stream().map(Line::text).toList());
    assertEquals(new BigDecimal("12"), combined.get(0).quantity());
    assertEquals(Amount.of("5400.00"), combined.get(0).amountExVat());
    assertEquals(Amount.of("666.67"), combined.get(2).amountExVat());
    assertEquals(null, combined.get(2).quantity());
    InvoiceBasis basis = new InvoiceBasis("ekby", "Ekby kommun", "Sjöstads kommun",
        YearMonth.of(2026, 3), combined);
    assertEquals(Amount.of("6186.67"), basis.totalExVat());
  }

  @Test
  void aDifferentPriceOrVatRateKeepsItsOwnLine() {
    List<Line> combined = InvoiceBasis.combined(List.of(
        new Line("Dator, Bas", BigDecimal.ONE, new BigDecimal("450"), Amount.of("450"), VAT),
        new Line("Dator, Bas", BigDecimal.ONE, new BigDecimal("460"), Amount.of("460"), VAT),
        new Line("Dator, Bas", BigDecimal.ONE, new BigDecimal("450"), Amount.of("450"),
            BigDecimal.ZERO)));
    assertEquals(3, combined.size());
  }
}
