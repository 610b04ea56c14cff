package se.tjanstekatalog.organisation.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import se.tjanstekatalog.organisation.entity.KeyMeasure;
import se.tjanstekatalog.shared.MessageRef;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** Key values are counts and amounts: never negative, and no more decimals than they have. */
public final class KeyValueRules {
  private KeyValueRules() {}

  /** Checks one cell of the key value grid; the message names org, month and measure. */
  public static Optional<Violation> check(String orgCode, YearMonth period, KeyMeasure measure,
      BigDecimal value) {
    if (value == null) {
      return Optional.empty();
    }
    String field = orgCode + "/" + SwedishFormat.month(period);
    MessageRef what = new MessageRef(measure.messageKey());
    String shown = value.toPlainString();
    if (value.signum() < 0) {
      return Optional.of(new Violation(field, "keyValue.error.negative", orgCode,
          SwedishFormat.month(period), what, shown));
    }
    if (value.stripTrailingZeros().scale() > measure.maxDecimals()) {
      return Optional.of(new Violation(field, "keyValue.error.decimals", orgCode,
          SwedishFormat.month(period), what, shown, measure.maxDecimals()));
    }
    return Optional.empty();
  }
}
