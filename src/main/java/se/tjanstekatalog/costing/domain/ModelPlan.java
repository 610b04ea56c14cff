package se.tjanstekatalog.costing.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.tjanstekatalog.ledger.domain.FinancingModel;

/**
 * Which model is binding (skarp) for each service area, month by month. An area follows its
 * latest entry from or before the month; before its first entry internfakturering is binding,
 * as it was before the portal.
 */
public final class ModelPlan {
  public static final FinancingModel DEFAULT = FinancingModel.CHARGEBACK;

  private final List<PlanEntry> entries;

  public ModelPlan(List<PlanEntry> entries) {
    this.entries = entries.stream()
        .sorted(Comparator.comparingLong(PlanEntry::areaId).thenComparing(PlanEntry::from))
        .toList();
  }

  public FinancingModel binding(long areaId, YearMonth month) {
    return entryFor(areaId, month).map(PlanEntry::model).orElse(DEFAULT);
  }

  /** The entry in force for the area in the month, if any. */
  public Optional<PlanEntry> entryFor(long areaId, YearMonth month) {
    PlanEntry found = null;
    for (PlanEntry e : entries) {
      if (e.areaId() == areaId && !e.from().isAfter(month)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The binding model of every given area in the month. */
  public Map<Long, FinancingModel> forMonth(List<Long> areaIds, YearMonth month) {
    return areaIds.stream().distinct()
        .collect(Collectors.toMap(Function.identity(), id -> binding(id, month)));
  }

  /** The first month from which the area's binding model is {@code model}, after {@code since}. */
  public Optional<YearMonth> switchTo(long areaId, FinancingModel model, YearMonth since) {
    return entries.stream()
        .filter(e -> e.areaId() == areaId && e.model() == model && !e.from().isBefore(since))
        .filter(e -> binding(areaId, e.from().minusMonths(1)) != model)
        .map(PlanEntry::from)
        .findFirst();
  }

  public List<PlanEntry> entries() {
    return entries;
  }
}
