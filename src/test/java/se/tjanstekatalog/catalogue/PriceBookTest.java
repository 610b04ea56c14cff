package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.shared.Amount;

/** The price book's rules in plain Java: which line is in force, and how a price is made. */
class PriceBookTest {
  private static final YearMonth JAN = YearMonth.of(2026, 1);
  private static final YearMonth JUN = YearMonth.of(2026, 6);
  private static final YearMonth JUL = YearMonth.of(2026, 7);
  private static final YearMonth AUG = YearMonth.of(2026, 8);
  private static final YearMonth SEP = YearMonth.of(2026, 9);
  private static final YearMonth DEC = YearMonth.of(2026, 12);

  /** A price list line as the rule sees it: a level, a first month and a price. */
  record Line(long level, YearMonth from, String price) {
    @Override
    public String toString() {
      return level + "@" + from + "=" + price;
    }
  }

  private static Map<Long, Line> inForce(List<Line> lines, YearMonth month) {
    return PriceBook.inForce(lines, month, Line::level, Line::from);
  }

  /** The demo's Mobiltelefoni Standard: 145 kr from January, 158 kr from July (decided). */
  private static final List<Line> MOBILE_AND_MAILBOX = List.of(
      new Line(1, JAN, "147.90"), new Line(1, JUL, "161.16"), new Line(2, SEP, "99.00"),
      new Line(3, JAN, "1.22"));

  @Test
  void theNewestLineStartingOnOrBeforeTheMonthIsInForce() {
    assertEquals("147.90", inForce(MOBILE_AND_MAILBOX, JAN).get(1L).price());
    assertEquals("147.90", inForce(MOBILE_AND_MAILBOX, JUN).get(1L).price(),
        "the month before a decided change keeps the old price");
    assertEquals("161.16", inForce(MOBILE_AND_MAILBOX, JUL).get(1L).price());
    assertEquals("161.16", inForce(MOBILE_AND_MAILBOX, DEC).get(1L).price());
    assertEquals("1.22", inForce(MOBILE_AND_MAILBOX, DEC).get(3L).price());
  }

  @Test
  void aLevelWhoseFirstLineStartsLaterHasNoPriceBeforeIt() {
    assertFalse(inForce(MOBILE_AND_MAILBOX, AUG).containsKey(2L));
    assertEquals("99.00", inForce(MOBILE_AND_MAILBOX, SEP).get(2L).price());
    assertTrue(inForce(MOBILE_AND_MAILBOX, YearMonth.of(2025, 12)).isEmpty());
    assertTrue(inForce(List.of(), DEC).isEmpty());
  }

  @Test
  void ofTwoLinesWithTheSameStartTheLaterOneCounts() {
    // The database allows one line per level and month; in memory the later one wins.
    List<Line> lines = List.of(new Line(1, JAN, "1.00"), new Line(1, JAN, "2.00"));
    assertEquals("2.00", inForce(lines, JAN).get(1L).price());
  }

  /**
   * Random lines in any order, 200 fixed seeds (one test, so it takes milliseconds; a failure
   * names its seed): each level's line in force is its newest start on or before the month.
   */
  @Test
  void theOrderOfTheLinesDoesNotMatter() {
    for (long seed = 20_260_701L; seed < 20_260_701L + 200; seed++) {
      theOrderOfTheLinesDoesNotMatter(seed);
    }
  }

  private static void theOrderOfTheLinesDoesNotMatter(long seed) {
    Random random = new Random(seed);
    List<Line> lines = new ArrayList<>();
    for (long level = 1; level <= 1 + random.nextInt(6); level++) {
      List<Integer> months = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
      Collections.shuffle(months, random);
      for (int m : months.subList(0, 1 + random.nextInt(4))) {
        lines.add(new Line(level, YearMonth.of(2026, m), level + "." + m));
      }
    }
    YearMonth month = YearMonth.of(2026, 1 + random.nextInt(12));
    Map<Long, Line> expected = new TreeMap<>();
    for (Line line : lines) {
      Line known = expected.get(line.level());
      if (!line.from().isAfter(month) && (known == null || line.from().isAfter(known.from()))) {
        expected.put(line.level(), line);
      }
    }
    Collections.shuffle(lines, random);
    assertEquals(expected, new TreeMap<>(inForce(lines, month)), "seed " + seed + ", " + month
        + ", " + lines);
  }

  @Test
  void theSqlRuleTakesTheMonthThreeTimesAndPublishedOnlyFiltersTheStatus() throws SQLException {
    for (Scope scope : Scope.values()) {
      String sql = PriceBook.table(scope);
      assertEquals(PriceBook.TABLE_PARAMETERS, sql.chars().filter(ch -> ch == '?').count());
      assertTrue(sql.startsWith("SELECT l.level_id, l.charged_price, l.cost_price "), sql);
      assertEquals(scope == Scope.PUBLISHED, sql.contains("pl.status = 'PUBLISHED'"), sql);
    }
    Map<Integer, Object> set = new TreeMap<>();
    PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> {
          assertEquals("setDate", method.getName());
          set.put((Integer) args[0], args[1]);
          return null;
        });
    assertEquals(5, PriceBook.bind(ps, 2, JUL));
    Date first = Date.valueOf("2026-07-01");
    assertEquals(Map.of(2, first, 3, first, 4, first), set);
  }

  @Test
  void chargedPriceIsCostPlusMarkupRoundedOnceToOre() {
    // PRODUCT.md example 3: 250,00 kr + 2 % = 255,00 kr.
    assertEquals(Amount.of("255.00"), PriceBook.chargedPrice(Amount.of("250.00"),
        new BigDecimal("2")));
    // 99,99 × 1,025 = 102,48975 → HALF_UP → 102,49
    assertEquals(Amount.of("102.49"), PriceBook.chargedPrice(Amount.of("99.99"),
        new BigDecimal("2.5")));
    // 0,05 × 1,1 = 0,055 → 0,06 (half up, not half even)
    assertEquals(Amount.of("0.06"), PriceBook.chargedPrice(Amount.of("0.05"), BigDecimal.TEN));
    assertEquals(Amount.of("250.00"), PriceBook.chargedPrice(Amount.of("250.00"),
        BigDecimal.ZERO));
  }

  @Test
  void nextYearsCostIsIndexedToOre() {
    // 250,00 × 1,031 = 257,75
    assertEquals(Amount.of("257.75"), PriceBook.indexed(Amount.of("250.00"),
        new BigDecimal("3.1")));
    // 1,20 × 1,031 = 1,2372 → 1,24
    assertEquals(Amount.of("1.24"), PriceBook.indexed(Amount.of("1.20"), new BigDecimal("3.1")));
  }

  @Test
  void monthRangesOverlapWhenTheyShareAMonth() {
    YearMonth jan26 = YearMonth.of(2026, 1);
    YearMonth dec26 = YearMonth.of(2026, 12);
    assertTrue(PriceBook.overlaps(jan26, dec26, YearMonth.of(2026, 12), YearMonth.of(2027, 11)));
    assertTrue(PriceBook.overlaps(jan26, dec26, YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    assertFalse(PriceBook.overlaps(jan26, dec26, YearMonth.of(2027, 1), YearMonth.of(2027, 12)));
    assertFalse(PriceBook.overlaps(YearMonth.of(2027, 1), YearMonth.of(2027, 12), jan26, dec26));
  }
}
