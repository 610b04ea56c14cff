package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.ledger.domain.ResultLine;

/** Whether two lists of result lines are the same to the öre, line by line. */
public final class LineComparison {
  private LineComparison() {}

  /** The index of the first line that differs, or -1 when both lists are the same. */
  public static int firstDifference(List<ResultLine> a, List<ResultLine> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      if (!same(a.get(i), b.get(i))) {
        return i;
      }
    }
    return a.size() == b.size() ? -1 : n;
  }

  public static boolean same(ResultLine x, ResultLine y) {
    return x.orgId() == y.orgId() && x.model() == y.model() && x.binding() == y.binding()
        && x.areaId() == y.areaId() && Objects.equals(x.serviceId(), y.serviceId())
        && Objects.equals(x.levelId(), y.levelId()) && Objects.equals(x.poolId(), y.poolId())
        && x.source() == y.source() && eq(x.quantity(), y.quantity())
        && eq(x.unitPrice(), y.unitPrice()) && eq(x.keyValue(), y.keyValue())
        && eq(x.keyTotal(), y.keyTotal()) && x.amount().equals(y.amount());
  }

  private static boolean eq(BigDecimal x, BigDecimal y) {
    return x == null ? y == null : y != null && x.compareTo(y) == 0;
  }
}
