package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

class YearParamTest {
  @Test
  void aWholeNumberIsTheYearBlanksAroundIgnoredAndItsRangeLeftToTheService() {
    assertEquals(2026, YearParam.parse("2026", "x.year", 2000, 2100));
    assertEquals(2027, YearParam.parse(" 2027 ", "x.year", 2000, 2100));
    assertEquals(1999, YearParam.parse("1999", "x.year", 2000, 2100));
  }

  @Test
  void otherTextIsARuleViolationOnYearNamingTheTextAndTheRange() {
    for (String text : new String[] {"tjugo", "2026-01", "", "20 26"}) {
      RuleViolationException e = assertThrows(RuleViolationException.class,
          () -> YearParam.parse(text, "forecast.error.year", 2000, 2100), text);
      List<Violation> violations = e.violations();
      assertEquals(1, violations.size());
      assertEquals("year", violations.get(0).field());
      assertEquals("forecast.error.year", violations.get(0).key());
      assertArrayEquals(new Object[] {text, "2000", "2100"}, violations.get(0).args());
    }
    assertThrows(RuleViolationException.class, () -> YearParam.parse(null, "k", 1, 2));
  }
}
