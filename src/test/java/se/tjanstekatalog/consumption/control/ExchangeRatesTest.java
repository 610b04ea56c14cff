package se.tjanstekatalog.consumption.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.consumption.control.ExchangeRates.Rate;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;

/** The conversion rule, rates as written, and the rates file read all or nothing. */
class ExchangeRatesTest {
  private static final YearMonth JUNE = YearMonth.of(2018, 6);

  @TempDir Path dir;

  @Test
  void aRowIsConvertedExactlyAndRoundedHalfUpToOre() {
    assertEquals(new BigDecimal("1123.45"),
        ExchangeRates.toSek(new BigDecimal("100.00"), new BigDecimal("11.2345")));
    assertEquals(new BigDecimal("374.48"),
        ExchangeRates.toSek(new BigDecimal("33.333"), new BigDecimal("11.2345")),
        "374.4846885");
    assertEquals(new BigDecimal("5.01"),
        ExchangeRates.toSek(new BigDecimal("1.001"), new BigDecimal("5")),
        "5.005 is exactly half an öre: half up, not half even");
    assertEquals(new BigDecimal("-5.01"),
        ExchangeRates.toSek(new BigDecimal("-1.001"), new BigDecimal("5")),
        "a credit rounds away from zero like a charge, so it cancels it exactly");
    assertEquals(new BigDecimal("0.00"),
        ExchangeRates.toSek(new BigDecimal("0.0004"), new BigDecimal("11.2345")));
  }

  @Test
  void ratesAreTakenAsWrittenWithAtMostSixDecimals() {
    assertEquals(new BigDecimal("11.2345"), ExchangeRates.parseRate("11,2345", BigDecimal.ONE));
    assertEquals(new BigDecimal("11.2345"), ExchangeRates.parseRate("11.2345", BigDecimal.ONE));
    assertEquals(new BigDecimal("0.069815"),
        ExchangeRates.parseRate("6,9815", new BigDecimal("100")),
        "the Riksbank's old quotes per 100 units become SEK per unit, exactly");
    assertEquals(new BigDecimal("10"), ExchangeRates.parseRate("10,000000", BigDecimal.ONE));
    assertNull(ExchangeRates.parseRate("11,2345678", BigDecimal.ONE), "never rounded");
    assertNull(ExchangeRates.parseRate("0", BigDecimal.ONE));
    assertNull(ExchangeRates.parseRate("-1", BigDecimal.ONE));
    assertNull(ExchangeRates.parseRate("elva", BigDecimal.ONE));
  }

  @Test
  void currencyCodesAreThreeLettersInUpperCase() {
    assertEquals("EUR", ExchangeRates.currency(" eur "));
    assertNull(ExchangeRates.currency("EURO"));
    assertNull(ExchangeRates.currency("E1R"));
    assertNull(ExchangeRates.currency(""));
  }

  @Test
  void aMonthsRateIsFoundByCurrencyAndMonthAndSekIsOne() {
    ExchangeRates rates = new ExchangeRates(List.of(
        new Rate("EUR", JUNE, new BigDecimal("10.2876")),
        new Rate("EUR", JUNE.plusMonths(1), new BigDecimal("10.3310"))));
    assertEquals(new BigDecimal("10.2876"), rates.rate("EUR", JUNE));
    assertEquals(new BigDecimal("10.3310"), rates.rate("EUR", JUNE.plusMonths(1)));
    assertNull(rates.rate("USD", JUNE));
    assertNull(rates.rate("EUR", JUNE.minusMonths(1)));
    assertEquals(BigDecimal.ONE, rates.rate("SEK", JUNE));
  }

  @Test
  void aRiksbankStyleFileWithUnitsIsRead() throws IOException {
    ExchangeRateCsv.Result result = read("Period;Valuta;Enhet;Medel\n"
        + "2018-06;EUR;1;10,2876\n"
        + "2018-06;USD;1;8,8135\n"
        + "2018-06;JPY;100;8,0127\n");
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(List.of(new Rate("EUR", JUNE, new BigDecimal("10.2876")),
        new Rate("USD", JUNE, new BigDecimal("8.8135")),
        new Rate("JPY", JUNE, new BigDecimal("0.080127"))), result.rates());
  }

  @Test
  void everyBadRowIsNamedAndNothingIsKept() throws IOException {
    ExchangeRateCsv.Result result = read("månad;valuta;kurs\n"
        + "2018-06;EUR;10,2876\n"
        + "juni;USD;8,81\n"
        + "2018-06;SEK;1\n"
        + "2018-07;EUR;10,1234567\n"
        + "2018-06;eur;10,30\n");
    assertFalse(result.valid());
    assertTrue(result.rates().isEmpty(), "all or nothing");
    assertEquals(4, result.problemCount());
    List<ImportProblem> p = result.problems();
    assertEquals(List.of(3L, 4L, 5L, 6L), p.stream().map(ImportProblem::row).toList());
    assertEquals(List.of("månad", "valuta", "kurs", "valuta"),
        p.stream().map(ImportProblem::column).toList());
    assertEquals(List.of("rates.problem.month", "rates.problem.home", "rates.problem.rate",
        "rates.problem.twice"), p.stream().map(ImportProblem::key).toList());
    assertEquals("Kursen för EUR i 2018-06 finns redan på rad 2.", p.get(3).reason());
    assertEquals("Rad 6, kolumn \"valuta\", värdet \"eur\": Kursen för EUR i 2018-06 finns"
        + " redan på rad 2.", p.get(3).describe());
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() throws IOException {
    ExchangeRateCsv.Result result = read("datum;belopp\n2018-06-01;10\n");
    assertFalse(result.valid());
    assertEquals("import.problem.columnMissing", result.problems().get(0).key());
  }

  private ExchangeRateCsv.Result read(String csv) throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return ExchangeRateCsv.read(TabularFile.open(file));
  }
}
