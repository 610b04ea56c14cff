package se.tjanstekatalog.testsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PRODUCT.md's allocation rule written again for the container tests, apart from the
 * engine's: each share P × k / Σk rounded down to öre, the öre left over one at a time to the
 * largest remainders (ties: code ascending). Keys of 0 get 0.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /** Code → part, sorted by code. */
  public static Map<String, BigDecimal> split(BigDecimal amount, Map<String, BigDecimal> keys) {
    BigDecimal total = keys.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> parts = new TreeMap<>();
    Map<String, BigDecimal> rests = new TreeMap<>();
    BigDecimal handed = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : keys.entrySet()) {
      BigDecimal exact = amount.multiply(e.getValue()).divide(total, 30, RoundingMode.DOWN);
      BigDecimal floor = exact.setScale(2, RoundingMode.DOWN);
      parts.put(e.getKey(), floor);
      if (e.getValue().signum() > 0) {
        rests.put(e.getKey(), exact.subtract(floor));
      }
      handed = handed.add(floor);
    }
    int ore = amount.subtract(handed).movePointRight(2).intValueExact();
    List<String> order = new ArrayList<>(rests.keySet());
    order.sort(Comparator.comparing((String k) -> rests.get(k)).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < ore; i++) {
      parts.merge(order.get(i), new BigDecimal("0.01"), BigDecimal::add);
    }
    return parts;
  }
}
