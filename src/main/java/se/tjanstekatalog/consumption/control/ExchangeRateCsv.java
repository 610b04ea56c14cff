package se.tjanstekatalog.consumption.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.consumption.control.ExchangeRates.Rate;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.Columns;

/**
 * Reads a file of monthly exchange rates, all or nothing: one row per currency and month,
 * columns {@code månad;valuta;kurs} and optionally {@code enhet} (semicolon or comma, UTF-8 or
 * Windows-1252, or an Excel sheet). The month is {@code 2026-10} or a date in it; the rate is
 * SEK per {@code enhet} units (default 1) with a decimal comma or point, so the Riksbank's
 * monthly averages ("Månadsgenomsnitt valutakurser", copied with their period, currency code,
 * unit and average) read as they are, including the old quotes per 100 units. Every bad row
 * is reported with its row, column and reason; SEK and a currency given twice for one month
 * are refused. Plain Java.
 */
public final class ExchangeRateCsv {
  static final int MONTH = 0;
  static final int CURRENCY = 1;
  static final int RATE = 2;
  static final int UNITS = 3;

  public static final List<Column> COLUMNS = List.of(
      Column.required("månad", "period", "month", "datum", "date"),
      Column.required("valuta", "currency", "förkortning", "valutakod"),
      Column.required("kurs", "rate", "medel", "genomsnitt", "medelkurs", "värde", "value"),
      Column.optional("enhet", "unit", "units"));

  /** The rates of a file, or its problems (then no rates). */
  public record Result(List<Rate> rates, List<ImportProblem> problems, long problemCount) {
    public boolean valid() {
      return problemCount == 0;
    }
  }

  private ExchangeRateCsv() {}

  public static Result read(RowSource file) throws IOException {
    Problems problems = new Problems();
    List<Rate> rates = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Columns[] columns = new Columns[1];
    file.read(new TabularFile.RowHandler() {
      @Override
      public void header(String[] names) {
        List<ImportProblem> found = new ArrayList<>();
        columns[0] = Columns.resolve(names, COLUMNS, found);
        problems.addAll(found);
      }

      @Override
      public void row(long rowNo, String[] cells) {
        Columns c = columns[0];
        if (!c.present(MONTH) || !c.present(CURRENCY) || !c.present(RATE)) {
          return;
        }
        if (String.join("", cells).isBlank()) {
          return;
        }
        String monthText = c.cell(cells, MONTH).strip();
        YearMonth month = month(monthText);
        if (month == null) {
          problems.add(ImportProblem.of(rowNo, c.name(MONTH), monthText,
              "rates.problem.month"));
        }
        String currencyText = c.cell(cells, CURRENCY).strip();
        String currency = ExchangeRates.currency(currencyText);
        if (currency == null) {
          problems.add(ImportProblem.of(rowNo, c.name(CURRENCY), currencyText,
              "rates.problem.currency"));
        } else if (ExchangeRates.HOME.equals(currency)) {
          problems.add(ImportProblem.of(rowNo, c.name(CURRENCY), currencyText,
              "rates.problem.home"));
          currency = null;
        }
        String unitText = c.cell(cells, UNITS).strip();
        BigDecimal units = unitText.isEmpty() ? BigDecimal.ONE : Decimals.parse(unitText);
        if (units == null || units.signum() <= 0) {
          problems.add(ImportProblem.of(rowNo, c.name(UNITS), unitText,
              "rates.problem.units"));
        }
        String rateText = c.cell(cells, RATE).strip();
        BigDecimal rate = units == null || units.signum() <= 0 ? null
            : ExchangeRates.parseRate(rateText, units);
        if (rate == null && units != null && units.signum() > 0) {
          problems.add(ImportProblem.of(rowNo, c.name(RATE), rateText, "rates.problem.rate",
              ExchangeRates.RATE_SCALE));
        }
        if (month == null || currency == null || rate == null) {
          return;
        }
        Long first = seen.putIfAbsent(currency + " " + month, rowNo);
        if (first != null) {
          problems.add(ImportProblem.of(rowNo, c.name(CURRENCY), currencyText,
              "rates.problem.twice", currency, month.toString(), first));
          return;
        }
        rates.add(new Rate(currency, month, rate));
      }
    }, n -> { });
    if (columns[0] == null) {
      problems.add(ImportProblem.of(0, "", "", "import.problem.noRows"));
    } else if (rates.isEmpty() && !problems.any()) {
      problems.add(ImportProblem.of(0, "", "", "import.problem.noRows"));
    }
    return problems.any() ? new Result(List.of(), problems.listed(), problems.total())
        : new Result(List.copyOf(rates), List.of(), 0);
  }

  /** {@code 2026-10}, or a date in the month ({@code 2026-10-31}). */
  static YearMonth month(String text) {
    try {
      if (text.length() == 7) {
        return YearMonth.parse(text);
      }
      if (text.length() == 10) {
        return YearMonth.from(LocalDate.parse(text));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
