package se.tjanstekatalog.budget.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.tjanstekatalog.shared.Amount;

/**
 * The differences between two versions of a budgetunderlag per org and area: each side's
 * internfakturering, solidarisk fördelning and binding amount (0 where the side has no total)
 * and current − previous. A pair is listed when any of the three differs (a planned volume in
 * an area that is solidarisk changes only the shadow), ordered by org id, then area id.
 */
public final class VersionDiff {
  private VersionDiff() {}

  /** One org and area's amounts in a version. */
  public record Figure(long orgId, long areaId, Amount chargeback, Amount allocation,
      Amount binding) implements Serializable {
    static Figure of(BudgetBasis.AreaTotal t) {
      return new Figure(t.orgId(), t.areaId(), t.chargeback(), t.allocation(),
          t.bindingAmount());
    }

    Figure plus(Figure o) {
      return new Figure(orgId, areaId, chargeback.plus(o.chargeback),
          allocation.plus(o.allocation), binding.plus(o.binding));
    }

    boolean sameAs(Figure o) {
      return chargeback.compareTo(o.chargeback) == 0 && allocation.compareTo(o.allocation) == 0
          && binding.compareTo(o.binding) == 0;
    }
  }

  public record Difference(long orgId, long areaId, Figure previous, Figure current)
      implements Serializable {
    /** The binding amount's change. */
    public Amount change() {
      return current.binding().minus(previous.binding());
    }

    public Amount chargebackChange() {
      return current.chargeback().minus(previous.chargeback());
    }

    public Amount allocationChange() {
      return current.allocation().minus(previous.allocation());
    }
  }

  /** The differences between the totals of two versions. */
  public static List<Difference> ofTotals(List<BudgetBasis.AreaTotal> previous,
      List<BudgetBasis.AreaTotal> current) {
    return between(previous.stream().map(Figure::of).toList(),
        current.stream().map(Figure::of).toList());
  }

  public static List<Difference> between(List<Figure> previous, List<Figure> current) {
    Comparator<long[]> order = Comparator.<long[]>comparingLong(k -> k[0])
        .thenComparingLong(k -> k[1]);
    Map<long[], Figure[]> pairs = new TreeMap<>(order);
    collect(pairs, previous, 0);
    collect(pairs, current, 1);
    List<Difference> differences = new ArrayList<>();
    pairs.forEach((k, v) -> {
      if (!v[0].sameAs(v[1])) {
        differences.add(new Difference(k[0], k[1], v[0], v[1]));
      }
    });
    return differences;
  }

  private static void collect(Map<long[], Figure[]> pairs, List<Figure> figures, int side) {
    for (Figure f : figures) {
      Figure[] pair = pairs.computeIfAbsent(new long[] {f.orgId(), f.areaId()},
          k -> new Figure[] {zero(f), zero(f)});
      pair[side] = pair[side].plus(f);
    }
  }

  private static Figure zero(Figure f) {
    return new Figure(f.orgId(), f.areaId(), Amount.ZERO, Amount.ZERO, Amount.ZERO);
  }
}
