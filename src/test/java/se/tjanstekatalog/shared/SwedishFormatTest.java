package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SwedishFormatTest {
  private static final String NBSP = "\u00a0";

  @Test
  void kronorHaveSpaceGroupingDecimalCommaAndKr() {
    assertEquals("1" + NBSP + "234" + NBSP + "567,50" + NBSP + "kr",
        SwedishFormat.kronor(new BigDecimal("1234567.5")));
    assertEquals("0,00" + NBSP + "kr", SwedishFormat.kronor(BigDecimal.ZERO));
    assertEquals("-255,00" + NBSP + "kr", SwedishFormat.kronor(new BigDecimal("-255")));
  }

  @Test
  void percentagesKeepOneDecimalAndANoBreakSpace() {
    assertEquals("-9,0" + NBSP + "%", SwedishFormat.percent(new BigDecimal("-9.0")));
    assertEquals("1" + NBSP + "234,5" + NBSP + "%", SwedishFormat.percent(new BigDecimal("1234.5")));
    assertEquals("", SwedishFormat.percent(null));
  }

  @Test
  void amountPrintsInSwedishAndRoundsHalfUpToOre() {
    assertEquals("255,00" + NBSP + "kr", Amount.of("254.995").toString());
    assertEquals(new BigDecimal("0.01"), Amount.of("0.005").value());
    assertEquals(Amount.of("100.10"), Amount.of("60.05").plus(Amount.of("40.05")));
  }

  @Test
  void parsesNumbersAsSwedishUsersAndSpreadsheetsWriteThem() {
    assertEquals(new BigDecimal("1234.5"), SwedishFormat.parseNumber("1 234,5"));
    assertEquals(new BigDecimal("1234.5"), SwedishFormat.parseNumber("1" + NBSP + "234,5"));
    assertEquals(new BigDecimal("1234.5"), SwedishFormat.parseNumber("1234.5"));
    assertEquals(new BigDecimal("410.8604"), SwedishFormat.parseNumber("410,8604"));
    assertEquals(new BigDecimal("255.00"), SwedishFormat.parseNumber("255,00 kr"));
    assertEquals(new BigDecimal("-5"), SwedishFormat.parseNumber("\u22125"));
    assertThrows(NumberFormatException.class, () -> SwedishFormat.parseNumber("tolv"));
    assertThrows(NumberFormatException.class, () -> SwedishFormat.parseNumber("1,2,3"));
    assertThrows(NumberFormatException.class, () -> SwedishFormat.parseNumber(""));
  }

  @Test
  void monthsAreYearDashMonth() {
    assertEquals("2027-01", SwedishFormat.month(YearMonth.of(2027, 1)));
    assertEquals(YearMonth.of(2026, 3), SwedishFormat.parseMonth("2026-03"));
    assertEquals(YearMonth.of(2026, 3), SwedishFormat.parseMonth("2026-03-31"));
  }

  @Test
  void integersAndDecimalsAreGrouped() {
    assertEquals("9" + NBSP + "000", SwedishFormat.integer(9000));
    assertEquals("8" + NBSP + "412,5", SwedishFormat.decimal(new BigDecimal("8412.50"), 2));
  }
}
