package se.tjanstekatalog.dashboard.domain;

import java.util.Objects;
import se.tjanstekatalog.shared.Amount;

/**
 * IT cost under one model with its two ratios, as the finance chiefs compare orgs: kronor per
 * employee and kronor per MSEK turnover. A ratio is null ("saknas") when its key value is
 * missing or zero; there is never a division by zero.
 */
public record KeyFigure(Amount cost, Amount perEmployee, Amount perMsek) {
  public KeyFigure {
    Objects.requireNonNull(cost, "cost");
  }

  public boolean hasPerEmployee() {
    return perEmployee != null;
  }

  public boolean hasPerMsek() {
    return perMsek != null;
  }
}
