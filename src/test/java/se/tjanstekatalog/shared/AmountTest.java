package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AmountTest {
  private static final long BASE_SEED = Long.getLong("tk.test.seed", 20_261_203L);

  @Test
  void everyAmountHasOreScaleAndEqualsAcrossScales() {
    assertEquals(new BigDecimal("1.50"), Amount.of("1.5").value());
    assertEquals(Amount.of("1.5"), Amount.of("1.500"));
    assertEquals(new BigDecimal("0.00"), Amount.ZERO.value());
    assertEquals(new BigDecimal("0.01"), Amount.ORE.value());
    assertEquals(new BigDecimal("1000.00"), Amount.of(new BigDecimal("1E+3")).value());
  }

  @Test
  void constructionRoundsHalfUpAwayFromZero() {
    assertEquals(Amount.of("0.01"), Amount.of("0.005"));
    assertEquals(Amount.of("0.00"), Amount.of("0.0049999"));
    assertEquals(Amount.of("-0.01"), Amount.of("-0.005"));
    assertEquals(Amount.of("0.00"), Amount.of("-0.004"));
    assertEquals(Amount.ZERO, Amount.of("-0.004"), "no negative zero");
  }

  @Test
  void theLineRuleIsQuantityTimesUnitPriceRoundedOncePerLine() {
    assertEquals(Amount.of("12.50"),
        Amount.line(new BigDecimal("10.0020"), new BigDecimal("1.25")));
    assertEquals(Amount.of("76500.00"),
        Amount.line(new BigDecimal("300"), new BigDecimal("255.00")));
    assertEquals(Amount.of("4320987.62"),
        Amount.line(new BigDecimal("3.5000"), new BigDecimal("1234567.89")));
    assertEquals(Amount.of("1.01"), Amount.line(new BigDecimal("3"), new BigDecimal("0.335")),
        "1,005 is rounded up");
    assertEquals(Amount.of("0.00"), Amount.line(new BigDecimal("0.0040"), BigDecimal.ONE));
  }

  @Test
  void aNegativeLineRoundsLikeItsPositive() {
    assertEquals(Amount.of("-1.01"), Amount.line(new BigDecimal("-3"), new BigDecimal("0.335")));
    assertEquals(Amount.of("-0.01"), Amount.line(BigDecimal.ONE, new BigDecimal("-0.005")));
    assertEquals(Amount.line(new BigDecimal("7.125"), new BigDecimal("0.2")).negate(),
        Amount.line(new BigDecimal("-7.125"), new BigDecimal("0.2")));
  }

  @Test
  void vatIsAmountTimesRateOverHundredRoundedPerLine() {
    assertEquals(Amount.of("25.00"), Amount.of("100.00").vat(new BigDecimal("25.00")));
    assertEquals(Amount.of("1365.00"), Amount.of("5460.00").vat(new BigDecimal("25.00")));
    assertEquals(Amount.of("0.61"), Amount.of("10.10").vat(new BigDecimal("6.00")),
        "0,606 → 0,61");
    assertEquals(Amount.of("0.01"), Amount.of("0.02").vat(new BigDecimal("25")),
        "0,005 → 0,01");
    assertEquals(Amount.of("-0.01"), Amount.of("-0.02").vat(new BigDecimal("25")));
    assertEquals(Amount.of("-14.07"), Amount.of("-234.56").vat(new BigDecimal("6.00")));
    assertEquals(Amount.ZERO, Amount.of("1000.00").vat(BigDecimal.ZERO));
  }

  @Test
  void aSumIsExactAndRoundedOnce() {
    assertEquals(Amount.of("0.01"), Amount.sum(List.of(new BigDecimal("0.004"),
        new BigDecimal("0.004"))), "0,008 → 0,01, not 0,00 + 0,00");
    assertEquals(Amount.ZERO, Amount.sum(List.of()));
    assertEquals(Amount.of("-99.33"), Amount.sum(List.of(new BigDecimal("12345.67"),
        new BigDecimal("-12445.00"))));
    assertEquals(Amount.of("0.03"), Amount.ORE.plus(Amount.ORE).plus(Amount.ORE));
  }

  @Test
  void aQuotientIsRoundedHalfUpToOre() {
    assertEquals(Amount.of("171.43"), Amount.quotient(new BigDecimal("1200.00"),
        BigDecimal.valueOf(7)));
    assertEquals(Amount.of("0.08"), Amount.quotient(new BigDecimal("0.60"), BigDecimal.valueOf(8)),
        "0,075 → 0,08");
    assertEquals(Amount.of("-0.08"), Amount.quotient(new BigDecimal("-0.60"),
        BigDecimal.valueOf(8)));
    assertEquals(Amount.of("0.33"), Amount.quotient(BigDecimal.ONE, BigDecimal.valueOf(3)),
        "a division that does not terminate");
  }

  @Test
  void arithmeticOnAmountsNeverRounds() {
    Amount a = Amount.of("1234.56");
    Amount b = Amount.of("-0.07");
    assertEquals(Amount.of("1234.49"), a.plus(b));
    assertEquals(Amount.of("1234.63"), a.minus(b));
    assertEquals(Amount.of("-1234.56"), a.negate());
    assertEquals(Amount.of("0.07"), b.abs());
    assertSame(a, a.abs());
    assertEquals(Amount.of("10.31"), Amount.of("10.00").times(new BigDecimal("1.031")));
    assertEquals(Amount.of("-2.47"), Amount.of("4.93").times(new BigDecimal("-0.5")),
        "−2,465 → −2,47");
  }

  @Test
  void aRaiseIsAppliedOnceAndRoundedHalfUp() {
    assertEquals(Amount.of("255.00"), Amount.of("250.00").raisedBy(new BigDecimal("2")));
    assertEquals(Amount.of("10.31"), Amount.of("10.00").raisedBy(new BigDecimal("3.1")));
    assertEquals(Amount.of("0.52"), Amount.of("0.51").raisedBy(new BigDecimal("2")),
        "0,5202 → 0,52");
    assertEquals(Amount.of("1.03"), Amount.of("1.01").raisedBy(new BigDecimal("2")),
        "1,0302 → 1,03");
    assertEquals(Amount.of("99.00"), Amount.of("100.00").raisedBy(BigDecimal.ONE.negate()));
    assertEquals(Amount.of("100.00"), Amount.of("100.00").raisedBy(BigDecimal.ZERO));
  }

  @Test
  void floorCutsTowardZeroForTheSplit() {
    assertEquals(Amount.of("0.01"), Amount.floor(new BigDecimal("0.0199")));
    assertEquals(Amount.of("-0.01"), Amount.floor(new BigDecimal("-0.0199")));
    assertEquals(Amount.of("33.33"), Amount.floor(new BigDecimal("33.333333")));
  }

  @Test
  void exactRefusesMoreThanOre() {
    assertEquals(new BigDecimal("5.00"), Amount.exact(new BigDecimal("5")).value());
    assertEquals(Amount.of("1.01"), Amount.exact(new BigDecimal("1.0100")));
    assertThrows(ArithmeticException.class, () -> Amount.exact(new BigDecimal("1.005")));
  }

  @Test
  void oreSignAndOrder() {
    assertEquals(1234L, Amount.of("12.34").ore());
    assertEquals(-5L, Amount.of("-0.05").ore());
    assertEquals(0L, Amount.ZERO.ore());
    assertTrue(Amount.ZERO.isZero());
    assertTrue(Amount.of("-0.01").isNegative());
    assertEquals(1, Amount.ORE.signum());
    assertTrue(Amount.of("9.99").compareTo(Amount.of("10")) < 0);
    assertNotEquals(Amount.of("10"), Amount.of("-10"));
    assertEquals(SwedishFormat.kronor(new BigDecimal("1234.50")), Amount.of("1234.5").toString());
  }

  /** One random line: quantity (up to four decimals), unit price (öre), VAT rate. */
  record Case(long seed, BigDecimal quantity, BigDecimal unitPrice, BigDecimal rate) {
    @Override
    public String toString() {
      return "seed " + seed + ": " + quantity + " × " + unitPrice + ", VAT " + rate;
    }
  }

  static Stream<Case> cases() {
    return LongStream.range(0, 600).mapToObj(i -> {
      long seed = BASE_SEED + i;
      SplittableRandom r = new SplittableRandom(seed);
      BigDecimal quantity = BigDecimal.valueOf(r.nextLong(-2_000_000, 20_000_000), 4);
      BigDecimal price = BigDecimal.valueOf(r.nextLong(0, 5_000_000), 2);
      BigDecimal rate = List.of(new BigDecimal("25.00"), new BigDecimal("12.00"),
          new BigDecimal("6.00"), BigDecimal.ZERO, new BigDecimal("12.5")).get(r.nextInt(5));
      return new Case(seed, quantity, price, rate);
    });
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theRulesGiveWhatTheWrittenOutFormulasGave(Case c) {
    BigDecimal line = c.quantity().multiply(c.unitPrice()).setScale(2, RoundingMode.HALF_UP);
    Amount amount = Amount.line(c.quantity(), c.unitPrice());
    assertEquals(line, amount.value());
    assertEquals(line.multiply(c.rate()).divide(BigDecimal.valueOf(100), 2,
        RoundingMode.HALF_UP), amount.vat(c.rate()).value());
    assertEquals(line.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(7), 2,
        RoundingMode.HALF_UP), Amount.quotient(line.multiply(BigDecimal.valueOf(12)),
            BigDecimal.valueOf(7)).value());
    assertEquals(line.multiply(BigDecimal.ONE.add(c.rate().divide(BigDecimal.valueOf(100))))
        .setScale(2, RoundingMode.HALF_UP), amount.raisedBy(c.rate()).value());
  }
}
