package se.tjanstekatalog.costing.domain;

import java.time.YearMonth;
import java.util.Objects;
import se.tjanstekatalog.ledger.domain.FinancingModel;

/** From month {@code from}, {@code model} is binding for the service area {@code areaId}. */
public record PlanEntry(long areaId, YearMonth from, FinancingModel model) {
  public PlanEntry {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(model, "model");
  }
}
