package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {
  @Test
  void aPartOfAWholeHasOneDecimalHalfUp() {
    assertEquals(new BigDecimal("33.3"), Percent.of(BigDecimal.ONE, new BigDecimal("3")));
    assertEquals(new BigDecimal("66.7"), Percent.of(new BigDecimal("2"), new BigDecimal("3")));
    assertEquals(new BigDecimal("6.3"), Percent.of(BigDecimal.ONE, new BigDecimal("16")),
        "6,25 → 6,3");
    assertEquals(new BigDecimal("1020.0"), Percent.of(new BigDecimal("10200.00"),
        new BigDecimal("1000.00")));
    assertEquals(new BigDecimal("0.0"), Percent.of(BigDecimal.ZERO, new BigDecimal("5")));
  }

  @Test
  void theSignFollowsPartAndWhole() {
    assertEquals(new BigDecimal("-6.3"), Percent.of(BigDecimal.ONE.negate(),
        new BigDecimal("16")), "−6,25 → −6,3: away from zero");
    assertEquals(new BigDecimal("-6.3"), Percent.of(BigDecimal.ONE, new BigDecimal("-16")));
    assertEquals(new BigDecimal("6.3"), Percent.of(BigDecimal.ONE,
        new BigDecimal("-16").abs()), "a caller that wants |whole| says so");
  }

  @Test
  void aShareCanHaveMoreDecimals() {
    assertEquals(new BigDecimal("1.0000"), Percent.of(new BigDecimal("310"),
        new BigDecimal("31000"), 4));
    assertEquals(new BigDecimal("11.6067"), Percent.of(new BigDecimal("812.5"),
        new BigDecimal("7000.25"), 4));
  }

  @Test
  void aPercentageOfNothingIsNone() {
    assertNull(Percent.of(BigDecimal.ONE, BigDecimal.ZERO));
    assertNull(Percent.of(BigDecimal.ONE, new BigDecimal("0.00")));
    assertNull(Percent.of(BigDecimal.ONE, null));
    assertNull(Percent.of(null, BigDecimal.ONE));
  }

  @Test
  void aChangeIsInPercentOfWhereItStarted() {
    assertEquals(new BigDecimal("10.0"), Percent.change(new BigDecimal("100.00"),
        new BigDecimal("110.00")));
    assertEquals(new BigDecimal("-100.0"), Percent.change(new BigDecimal("100.00"),
        BigDecimal.ZERO));
    assertNull(Percent.change(BigDecimal.ZERO, BigDecimal.TEN));
    assertNull(Percent.change(null, BigDecimal.TEN));
    assertNull(Percent.change(BigDecimal.TEN, null));
  }

  @Test
  void aRateAppliedIsExact() {
    assertEquals(0, new BigDecimal("10").compareTo(Percent.applied(BigDecimal.ONE,
        new BigDecimal("1000.00"))));
    assertEquals(0, new BigDecimal("0.005").compareTo(Percent.applied(new BigDecimal("25.00"),
        new BigDecimal("0.02"))), "nothing rounded: VAT rounds, not the rate");
    assertEquals(0, Percent.WHOLE.compareTo(new BigDecimal("100")));
  }
}
