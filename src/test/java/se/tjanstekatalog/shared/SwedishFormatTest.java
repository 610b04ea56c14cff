package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
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
  void tableFiguresKeepTheColumnsDecimalsWhateverTheValue() {
    // Omslutning (MSEK) at two decimals, Medarbetare at one, percentages at one.
    assertEquals("2" + NBSP + "298,60", SwedishFormat.tableFixed(new BigDecimal("2298.6"), 2));
    assertEquals("3" + NBSP + "678,02", SwedishFormat.tableFixed(new BigDecimal("3678.02"), 2));
    assertEquals("7" + NBSP + "757,0", SwedishFormat.tableFixed(new BigDecimal("7757"), 1));
    assertEquals("2" + NBSP + "922,4", SwedishFormat.tableFixed(new BigDecimal("2922.4"), 1));
    assertEquals("101,0" + NBSP + "%", SwedishFormat.tablePercent(new BigDecimal("101"), 1));
    assertEquals("97,4" + NBSP + "%", SwedishFormat.tablePercent(new BigDecimal("97.4"), 1));
    assertEquals("0,3", SwedishFormat.tableFixed(new BigDecimal("0.25"), 1), "HALF_UP");
    assertEquals("1" + NBSP + "200", SwedishFormat.tableInteger(1200));
    assertEquals("", SwedishFormat.tableFixed(null, 2));
    assertEquals("", SwedishFormat.tablePercent(null, 1));
  }

  @Test
  void tableFiguresWriteARealMinusSignAndNoSignForARoundedZero() {
    assertEquals("\u22121" + NBSP + "234,50" + NBSP + "kr",
        SwedishFormat.tableKronor(new BigDecimal("-1234.5")));
    assertEquals("\u22129,7" + NBSP + "%", SwedishFormat.tablePercent(new BigDecimal("-9.66"), 1));
    assertEquals("\u22121" + NBSP + "200", SwedishFormat.tableInteger(-1200));
    assertEquals("\u22120,75", SwedishFormat.tableDecimal(new BigDecimal("-0.75"), 2));
    assertEquals("2,5", SwedishFormat.tableDecimal(new BigDecimal("2.50"), 2));
    assertEquals("0,0", SwedishFormat.tableFixed(new BigDecimal("-0.04"), 1));
    assertEquals("0", SwedishFormat.tableDecimal(new BigDecimal("-0.001"), 2));
    assertEquals("0,00" + NBSP + "kr", SwedishFormat.tableKronor(new BigDecimal("-0.004")));
  }

  @Test
  void filesMessagesAndInputFieldsKeepTheHyphenMinus() {
    // CSV, Excel, SIE, PDF and the converter of input fields use the plain forms.
    assertEquals("-1" + NBSP + "234,50" + NBSP + "kr", SwedishFormat.kronor(new BigDecimal("-1234.5")));
    assertEquals("-0,75", SwedishFormat.decimal(new BigDecimal("-0.75"), 2));
    assertEquals("-9,7" + NBSP + "%", SwedishFormat.percent(new BigDecimal("-9.7")));
    assertEquals("-1" + NBSP + "200", SwedishFormat.integer(-1200));
    assertEquals("-255,00" + NBSP + "kr", Amount.of("-255").toString());
  }

  @Test
  void inputAcceptsHyphenMinusAndTheTablesMinusSign() {
    assertEquals(new BigDecimal("-1234.50"), SwedishFormat.parseNumber("-1 234,50 kr"));
    String shown = SwedishFormat.tableKronor(new BigDecimal("-1234.5"));
    assertEquals(new BigDecimal("-1234.50"), SwedishFormat.parseNumber(shown),
        "a figure copied from a table reads back");
    assertEquals(new BigDecimal("-9.7"),
        SwedishFormat.parseNumber(SwedishFormat.tableFixed(new BigDecimal("-9.7"), 1)));
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

  /** The formats are built once; each call must still format on its own copy. */
  @Test
  void formatsAgreeWhenManyThreadsFormatAtOnce() {
    List<BigDecimal> values = IntStream.range(0, 20_000)
        .mapToObj(i -> new BigDecimal((i % 2 == 0 ? "-" : "") + i * 7919L + "." + (i % 100)))
        .toList();
    List<String> alone = values.stream().map(SwedishFormatTest::allFormats).toList();
    List<String> together = values.parallelStream().map(SwedishFormatTest::allFormats).toList();
    for (int i = 0; i < values.size(); i++) {
      assertEquals(alone.get(i), together.get(i), "value " + values.get(i));
    }
  }

  private static String allFormats(BigDecimal v) {
    return SwedishFormat.kronor(v) + "|" + SwedishFormat.tableFixed(v, 1) + "|"
        + SwedishFormat.tableDecimal(v, 3) + "|" + SwedishFormat.decimal(v, 2) + "|"
        + SwedishFormat.percent(v) + "|" + SwedishFormat.tableKronor(v);
  }
}
