package se.tjanstekatalog.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * Median and average of one ratio over a group of orgs (förvaltningar or bolag), and each
 * org's deviation from the median, so equality between them can be judged. Orgs whose ratio
 * is missing are left out; with no ratio at all both are null.
 */
public record RatioStats(int count, Amount median, Amount mean) implements Serializable {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public static final RatioStats NONE = new RatioStats(0, null, null);

  /** The median (the mean of the middle two for an even count) and the mean, to öre. */
  public static RatioStats of(List<Amount> values) {
    List<BigDecimal> known = values.stream().filter(Objects::nonNull).map(Amount::value)
        .sorted().toList();
    if (known.isEmpty()) {
      return NONE;
    }
    int n = known.size();
    BigDecimal median = n % 2 == 1 ? known.get(n / 2)
        : known.get(n / 2 - 1).add(known.get(n / 2)).divide(TWO);
    BigDecimal sum = known.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RatioStats(n, Amount.of(median), Amount.quotient(sum, BigDecimal.valueOf(n)));
  }

  /**
   * How far {@code value} lies from the median, in percent of the median (one decimal, HALF_UP);
   * null when the value or the median is missing or the median is 0.
   */
  public BigDecimal deviationPercent(Amount value) {
    return Percent.change(median == null ? null : median.value(),
        value == null ? null : value.value());
  }
}
