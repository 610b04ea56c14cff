package se.tjanstekatalog.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioStatsTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    RatioStats s = RatioStats.of(List.of(d("300"), d("100"), d("250")));
    assertEquals(d("250.00"), s.median());
    assertEquals(d("216.67"), s.mean());
    assertEquals(3, s.count());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    RatioStats s = RatioStats.of(List.of(d("10.01"), d("40"), d("20"), d("30.00")));
    assertEquals(d("25.00"), s.median());
    assertEquals(d("25.00"), s.mean());
    assertEquals(d("12.51"), RatioStats.of(List.of(d("10.01"), d("15.00"))).median(),
        "12,505 HALF_UP");
  }

  @Test
  void missingValuesAreLeftOutAndNothingGivesNoStatistic() {
    RatioStats s = RatioStats.of(Arrays.asList(null, d("5"), null));
    assertEquals(1, s.count());
    assertEquals(d("5.00"), s.median());
    RatioStats none = RatioStats.of(Arrays.asList((BigDecimal) null));
    assertNull(none.median());
    assertNull(none.mean());
    assertNull(none.deviationPercent(d("5")));
  }

  @Test
  void deviationIsInPercentOfTheMedianAndNeverDividesByZero() {
    RatioStats s = RatioStats.of(List.of(d("200"), d("100"), d("300")));
    assertEquals(d("50.0"), s.deviationPercent(d("300")));
    assertEquals(d("-33.3"), s.deviationPercent(d("133.33")));
    assertNull(s.deviationPercent(null));
    assertNull(RatioStats.of(List.of(d("0"))).deviationPercent(d("10")));
  }
}
