package se.tjanstekatalog.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

class RatioStatsTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Amount a(String v) {
    return Amount.of(v);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    RatioStats s = RatioStats.of(List.of(a("300"), a("100"), a("250")));
    assertEquals(a("250.00"), s.median());
    assertEquals(a("216.67"), s.mean());
    assertEquals(3, s.count());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    RatioStats s = RatioStats.of(List.of(a("10.01"), a("40"), a("20"), a("30.00")));
    assertEquals(a("25.00"), s.median());
    assertEquals(a("25.00"), s.mean());
    assertEquals(a("12.51"), RatioStats.of(List.of(a("10.01"), a("15.00"))).median(),
        "12,505 HALF_UP");
  }

  @Test
  void missingValuesAreLeftOutAndNothingGivesNoStatistic() {
    RatioStats s = RatioStats.of(Arrays.asList(null, a("5"), null));
    assertEquals(1, s.count());
    assertEquals(a("5.00"), s.median());
    RatioStats none = RatioStats.of(Arrays.asList((Amount) null));
    assertNull(none.median());
    assertNull(none.mean());
    assertNull(none.deviationPercent(a("5")));
  }

  @Test
  void deviationIsInPercentOfTheMedianAndNeverDividesByZero() {
    RatioStats s = RatioStats.of(List.of(a("200"), a("100"), a("300")));
    assertEquals(d("50.0"), s.deviationPercent(a("300")));
    assertEquals(d("-33.3"), s.deviationPercent(a("133.33")));
    assertNull(s.deviationPercent(null));
    assertNull(RatioStats.of(List.of(a("0"))).deviationPercent(a("10")));
  }
}
