package se.tjanstekatalog.costing.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.tjanstekatalog.ledger.domain.FinancingModel;

/**
 * Which model binds an org in each service area in a month, and why where that is not simply
 * the model plan's choice. The plan names a model per area; under solidarisk fördelning an org
 * is still charged per unit for what no pool shares with it: a service financed
 * ALWAYS_CHARGED, a service in no pool, and a bolag's use of a pool that bolag are outside
 * ({@link Pool#includes}). The pools per service are the engine's own
 * ({@link CostingEngine#poolOfService}), so this says what the engine does.
 */
public final class AreaBindings {
  private AreaBindings() {}

  /** What binds an org in an area. */
  public enum Kind {
    /** The plan names internfakturering: every line is charged per unit. */
    CHARGEBACK,
    /** The plan names solidarisk fördelning and the org shares the area's pool(s). */
    ALLOCATION,
    /** Solidarisk fördelning, but some of what the org uses is charged per unit. */
    ALLOCATION_PARTLY_CHARGED,
    /** The plan names solidarisk fördelning, yet the org shares no pool: charged per unit. */
    CHARGED
  }

  /** Why a line is charged per unit although the plan names solidarisk fördelning. */
  public enum Reason {
    /** A bolag, and the pool does not take bolag part. */
    COMPANY_OUTSIDE_POOL,
    /** The service is financed ALWAYS_CHARGED. */
    ALWAYS_CHARGED,
    /** No pool covers the service (or the area has no pool). */
    NO_POOL
  }

  /**
   * An org's binding in one area in one month; reasons (in {@link Reason} order) only for the
   * per-unit kinds.
   */
  public record AreaBinding(long areaId, Kind kind, Set<Reason> reasons) {
    public AreaBinding {
      Objects.requireNonNull(kind, "kind");
      reasons = reasons.isEmpty() ? Set.of()
          : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /** Same kind and reasons (the area aside): the months of a run read the same. */
    boolean reads(AreaBinding other) {
      return kind == other.kind && reasons.equals(other.reasons);
    }
  }

  /** A run of months with the same binding. */
  public record Stretch(YearMonth from, YearMonth to, AreaBinding binding) {}

  /** An org's area over a range of months: one stretch when nothing changed. */
  public record AreaHistory(long areaId, List<Stretch> stretches) {
    public AreaHistory {
      stretches = List.copyOf(stretches);
    }
  }

  /**
   * Every org's binding in every area that has a priced level in the month (an area offered
   * that month), by org id in the inputs' order, areas in id order.
   */
  public static Map<Long, List<AreaBinding>> of(PeriodInputs in) {
    Map<Long, PricedLevel> levels = in.levels().stream()
        .collect(Collectors.toMap(PricedLevel::levelId, Function.identity()));
    Map<Long, Pool> poolOfService = CostingEngine.poolOfService(in);
    Set<Long> areas = new TreeSet<>();
    in.levels().stream().filter(l -> l.chargedPrice() != null)
        .forEach(l -> areas.add(l.areaId()));
    Map<Long, List<PricedLevel>> used = new HashMap<>();
    Stream.concat(in.consumption().stream(), in.subscriptions().stream())
        .filter(q -> q.quantity().signum() != 0 && levels.containsKey(q.levelId()))
        .forEach(q -> used.computeIfAbsent(q.orgId(), o -> new ArrayList<>())
            .add(levels.get(q.levelId())));
    Map<Long, List<AreaBinding>> out = new LinkedHashMap<>();
    for (Org org : in.orgs()) {
      List<AreaBinding> bindings = new ArrayList<>();
      for (long areaId : areas) {
        bindings.add(binding(in, org, areaId, used.getOrDefault(org.id(), List.of()),
            poolOfService));
      }
      out.put(org.id(), bindings);
    }
    return out;
  }

  private static AreaBinding binding(PeriodInputs in, Org org, long areaId,
      List<PricedLevel> used, Map<Long, Pool> poolOfService) {
    if (in.binding(areaId) == FinancingModel.CHARGEBACK) {
      return new AreaBinding(areaId, Kind.CHARGEBACK, Set.of());
    }
    List<Pool> areaPools = in.pools().stream().filter(p -> p.areaId() == areaId).toList();
    boolean shares = areaPools.stream().anyMatch(p -> p.includes(org));
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    for (PricedLevel level : used) {
      if (level.areaId() == areaId) {
        reason(level, org, poolOfService).ifPresent(reasons::add);
      }
    }
    if (shares) {
      return new AreaBinding(areaId,
          reasons.isEmpty() ? Kind.ALLOCATION : Kind.ALLOCATION_PARTLY_CHARGED, reasons);
    }
    reasons.add(areaPools.isEmpty() ? Reason.NO_POOL : Reason.COMPANY_OUTSIDE_POOL);
    return new AreaBinding(areaId, Kind.CHARGED, reasons);
  }

  private static Optional<Reason> reason(PricedLevel level, Org org,
      Map<Long, Pool> poolOfService) {
    if (level.alwaysCharged()) {
      return Optional.of(Reason.ALWAYS_CHARGED);
    }
    Pool pool = poolOfService.get(level.serviceId());
    if (pool == null) {
      return Optional.of(Reason.NO_POOL);
    }
    return pool.includes(org) ? Optional.empty()
        : Optional.of(Reason.COMPANY_OUTSIDE_POOL);
  }

  /**
   * Months of one org's bindings joined per area into stretches of equal binding, areas in id
   * order; a month that lacks an area leaves a gap, so the next month starts a new stretch.
   */
  public static List<AreaHistory> history(Map<YearMonth, List<AreaBinding>> months) {
    Map<Long, List<Stretch>> byArea = new TreeMap<>();
    new TreeMap<>(months).forEach((month, bindings) -> {
      for (AreaBinding b : bindings) {
        List<Stretch> stretches = byArea.computeIfAbsent(b.areaId(), a -> new ArrayList<>());
        Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
        if (last != null && last.to().plusMonths(1).equals(month) && last.binding().reads(b)) {
          stretches.set(stretches.size() - 1, new Stretch(last.from(), month, last.binding()));
        } else {
          stretches.add(new Stretch(month, month, b));
        }
      }
    });
    List<AreaHistory> out = new ArrayList<>();
    byArea.forEach((areaId, stretches) -> out.add(new AreaHistory(areaId, stretches)));
    return out;
  }
}
