package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.Periods;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.imports.ImportProblem;

/**
 * The checks every import applies to its cells (period, org, numbers), reporting each
 * problem with row, column and value. One per import run: it remembers the file's period
 * when an import takes one month per file.
 */
final class RowChecks {
  final Problems problems = new Problems();
  private final ReferenceData ref;
  private final Periods periods = new Periods();
  private final boolean onePeriod;
  private YearMonth period;
  private long firstRowOfPeriod;
  private YearMonth min;
  private YearMonth max;

  RowChecks(ReferenceData ref, boolean onePeriod) {
    this.ref = ref;
    this.onePeriod = onePeriod;
  }

  /** The row's month, or null (and a problem) if missing, invalid, locked or a second month. */
  YearMonth period(long rowNo, String column, String text) {
    if (text.isEmpty()) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.periodMissing"));
      return null;
    }
    YearMonth month = periods.parse(text);
    if (month == null) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.periodInvalid"));
      return null;
    }
    if (period == null) {
      period = month;
      firstRowOfPeriod = rowNo;
    } else if (onePeriod && !period.equals(month)) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.periodMixed",
          SwedishFormat.month(period), firstRowOfPeriod));
      return null;
    }
    if (ref.locked(month)) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.periodLocked",
          SwedishFormat.month(month)));
      return null;
    }
    min = min == null || month.isBefore(min) ? month : min;
    max = max == null || month.isAfter(max) ? month : max;
    return month;
  }

  /** The first month seen (the file's month for one-month imports). */
  YearMonth firstPeriod() {
    return period;
  }

  YearMonth minPeriod() {
    return min;
  }

  YearMonth maxPeriod() {
    return max;
  }

  ReferenceData.Org org(long rowNo, String column, String text, YearMonth month) {
    ReferenceData.Match<ReferenceData.Org> match = ref.org(text);
    if (!match.found()) {
      problems.add(match.ambiguous()
          ? ImportProblem.of(rowNo, column, text, "import.problem.orgAmbiguous",
              codes(match.candidates().stream().map(ReferenceData.Org::code).toList()))
          : ImportProblem.of(rowNo, column, text, "import.problem.orgUnknown"));
      return null;
    }
    if (month != null && !match.value().activeIn(month)) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.orgInactive",
          SwedishFormat.month(month)));
      return null;
    }
    return match.value();
  }

  ReferenceData.Pool pool(long rowNo, String column, String text) {
    ReferenceData.Match<ReferenceData.Pool> match = ref.pool(text);
    if (!match.found()) {
      problems.add(match.ambiguous()
          ? ImportProblem.of(rowNo, column, text, "import.problem.poolAmbiguous",
              codes(match.candidates().stream().map(ReferenceData.Pool::code).toList()))
          : ImportProblem.of(rowNo, column, text, "import.problem.poolUnknown"));
      return null;
    }
    return match.value();
  }

  /**
   * A non-negative number with at most {@code maxScale} decimals; null (and a problem) if
   * not. An empty cell is a problem only when {@code required}; otherwise it returns null.
   */
  BigDecimal number(long rowNo, String column, String text, int maxScale, boolean required,
      String missingKey) {
    if (text.isEmpty()) {
      if (required) {
        problems.add(ImportProblem.of(rowNo, column, text, missingKey));
      }
      return null;
    }
    BigDecimal n = Decimals.parse(text);
    if (n == null) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.badNumber"));
      return null;
    }
    if (n.signum() < 0) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.negative"));
      return null;
    }
    if (n.scale() > maxScale && n.stripTrailingZeros().scale() > maxScale) {
      problems.add(ImportProblem.of(rowNo, column, text, maxScale == 0
          ? "import.problem.notInteger" : "import.problem.tooManyDecimals", maxScale));
      return null;
    }
    if (n.precision() - n.scale() > 15) {
      problems.add(ImportProblem.of(rowNo, column, text, "import.problem.tooLarge"));
      return null;
    }
    return n;
  }

  static String codes(List<String> codes) {
    return String.join(", ", codes);
  }
}
