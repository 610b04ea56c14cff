package se.tjanstekatalog.ledger.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose statement a recomputation changed: the orgs whose binding lines differ between the
 * stored lines before and after, in any line, figure or number of lines. Shadow lines do not
 * count, they are not what the org pays. Numbers are compared by value (1.50 equals 1.5).
 */
public final class ChangedStatements {
  private ChangedStatements() {}

  /** The ids of the orgs whose binding lines are not the same before and after. */
  public static Set<Long> orgs(Collection<ResultLine> before, Collection<ResultLine> after) {
    Map<Long, List<String>> was = bindingLines(before);
    Map<Long, List<String>> is = bindingLines(after);
    Set<Long> changed = new TreeSet<>();
    for (Long org : union(was.keySet(), is.keySet())) {
      if (!was.getOrDefault(org, List.of()).equals(is.getOrDefault(org, List.of()))) {
        changed.add(org);
      }
    }
    return changed;
  }

  private static Map<Long, List<String>> bindingLines(Collection<ResultLine> lines) {
    Map<Long, List<String>> byOrg = new HashMap<>();
    for (ResultLine l : lines) {
      if (l.binding()) {
        byOrg.computeIfAbsent(l.orgId(), o -> new ArrayList<>()).add(signature(l));
      }
    }
    byOrg.values().forEach(list -> list.sort(null));
    return byOrg;
  }

  private static String signature(ResultLine l) {
    return String.join("|", l.model().name(), Long.toString(l.areaId()),
        String.valueOf(l.serviceId()), String.valueOf(l.levelId()), String.valueOf(l.poolId()),
        l.source().name(), number(l.quantity()), number(l.unitPrice()), number(l.keyValue()),
        number(l.keyTotal()), number(l.amount().value()));
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static Set<Long> union(Set<Long> a, Set<Long> b) {
    Set<Long> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
