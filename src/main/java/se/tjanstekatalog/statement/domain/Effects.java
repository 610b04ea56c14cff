package se.tjanstekatalog.statement.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * The change of an org's binding lines between a comparison month and this month, split into a
 * price, a volume and an allocation effect that sum exactly (to the öre) to the change.
 * Adjustments are left out on both sides: they correct other months.
 *
 * <p>Lines are matched by their identity (LineKey: model, area, service, level, pool, source);
 * only binding lines count. Per matched pair (0 = comparison month, 1 = this month):
 *
 * <ul>
 *   <li>quantity-based line (consumption, subscription): volume = (q1 − q0) × p0, HALF_UP to
 *       öre; price = the rest of the line's change (a1 − a0 − volume);
 *   <li>pooled line: price = (pool cost1 − pool cost0) × the old share (key value0 / key
 *       total0), HALF_UP to öre; allocation = the rest (the org's share changed);
 *   <li>a line in only one month: its whole amount is volume (quantity-based) or allocation
 *       (pooled);
 *   <li>a service area whose binding model differs between the months: its whole change is
 *       allocation (the plan moved the area to the other way of paying).
 * </ul>
 *
 * Each line's effects add up to the line's change by construction, so the three sums add up to
 * the change of the total.
 */
public record Effects(YearMonth comparedWith, Amount before, Amount after,
    Amount price, Amount volume, Amount allocation) implements Serializable {

  public Amount change() {
    return after.minus(before);
  }

  /** The change in percent of the comparison month's total, one decimal; null when it is 0. */
  public BigDecimal changePercent() {
    return Percent.of(change().value(), before.value());
  }

  /** The effects of going from {@code before}'s lines to {@code after}'s (binding ones only). */
  public static Effects of(YearMonth comparedWith, List<Statement.Line> before,
      List<Statement.Line> after) {
    Map<String, Statement.Line> old = merged(before);
    Map<String, Statement.Line> now = merged(after);
    Map<String, String> oldModels = models(old);
    Map<String, String> newModels = models(now);
    Amount price = Amount.ZERO;
    Amount volume = Amount.ZERO;
    Amount allocation = Amount.ZERO;
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      Statement.Line l0 = old.get(key);
      Statement.Line l1 = now.get(key);
      Statement.Line any = l1 != null ? l1 : l0;
      Amount a0 = l0 == null ? Amount.ZERO : l0.amount();
      Amount a1 = l1 == null ? Amount.ZERO : l1.amount();
      Amount change = a1.minus(a0);
      String area = any.areaCode();
      boolean switched = oldModels.containsKey(area) && newModels.containsKey(area)
          && !oldModels.get(area).equals(newModels.get(area));
      if (switched) {
        allocation = allocation.plus(change);
      } else if (any.pooled()) {
        if (l0 == null || l1 == null || l0.poolCost() == null || l1.poolCost() == null
            || l0.keyTotal() == null || l0.keyTotal().signum() == 0 || l0.keyValue() == null) {
          allocation = allocation.plus(change);
        } else {
          Amount p = Amount.quotient(l1.poolCost().minus(l0.poolCost()).value()
              .multiply(l0.keyValue()), l0.keyTotal());
          price = price.plus(p);
          allocation = allocation.plus(change.minus(p));
        }
      } else if (l0 == null || l1 == null || l0.quantity() == null || l1.quantity() == null
          || l0.unitPrice() == null) {
        volume = volume.plus(change);
      } else {
        Amount v = Amount.line(l1.quantity().subtract(l0.quantity()), l0.unitPrice());
        volume = volume.plus(v);
        price = price.plus(change.minus(v));
      }
    }
    return new Effects(comparedWith, total(old), total(now), price, volume, allocation);
  }

  /** Binding lines by identity; two lines of one identity (should not happen) are added up. */
  private static Map<String, Statement.Line> merged(List<Statement.Line> lines) {
    Map<String, Statement.Line> out = new LinkedHashMap<>();
    for (Statement.Line l : lines) {
      if (!l.binding()) {
        continue;
      }
      out.merge(l.key(), l, (a, b) -> new Statement.Line(a.key(), a.model(), true,
          a.areaCode(), a.areaName(), a.serviceName(), a.levelName(), a.poolCode(),
          a.poolName(), a.poolKey(), a.poolCost(), a.source(), add(a.quantity(), b.quantity()),
          a.unitPrice(), add(a.keyValue(), b.keyValue()), a.keyTotal(),
          a.amount().plus(b.amount()), a.vatRate()));
    }
    return out;
  }

  private static Map<String, String> models(Map<String, Statement.Line> lines) {
    Map<String, String> out = new HashMap<>();
    lines.values().forEach(l -> out.putIfAbsent(l.areaCode(), l.model()));
    return out;
  }

  private static Amount total(Map<String, Statement.Line> lines) {
    return Statement.sum(lines.values().stream().map(Statement.Line::amount).toList());
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.add(b);
  }
}
