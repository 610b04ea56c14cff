package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Rounding;

/**
 * The largest-remainder split of PRODUCT.md: each org's exact share P × k / Σk is rounded down
 * to öre, then the öre left over go one at a time to the orgs with the largest remainders
 * (ties: org code ascending). The parts always sum to P; an org with key 0 gets 0.
 */
public final class Allocation {
  /** Decimals of an exact share beyond öre: they decide the remainder order. */
  private static final int SHARE_SCALE = Rounding.SCALE + 20;

  private Allocation() {}

  /**
   * Splits {@code amount} (öre precision, may be negative for a credit) over the claims.
   *
   * @return org id → part, in the claims' order
   * @throws IllegalArgumentException if the keys sum to zero (the caller reports it)
   */
  public static Map<Long, Amount> split(Amount amount, List<Claim> claims) {
    BigDecimal total = claims.stream().map(Claim::key).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      throw new IllegalArgumentException("the keys sum to zero");
    }
    Amount pool = amount;
    boolean credit = pool.isNegative();
    Amount abs = pool.abs();
    Map<Long, Amount> parts = new LinkedHashMap<>();
    List<Remainder> remainders = new ArrayList<>();
    Amount handedOut = Amount.ZERO;
    for (Claim c : claims) {
      // exact enough: 20 decimals of the share beyond öre decide the remainder order
      BigDecimal exact = abs.value().multiply(c.key())
          .divide(total, SHARE_SCALE, Rounding.SPLIT_MODE);
      Amount floor = Amount.floor(exact);
      parts.put(c.orgId(), floor);
      handedOut = handedOut.plus(floor);
      if (c.key().signum() > 0) {
        remainders.add(new Remainder(c, exact.subtract(floor.value())));
      }
    }
    long ore = abs.minus(handedOut).ore();
    remainders.sort(Comparator.comparing(Remainder::rest).reversed()
        .thenComparing(r -> r.claim().code()));
    for (int i = 0; i < ore; i++) {
      long orgId = remainders.get(i).claim().orgId();
      parts.merge(orgId, Amount.ORE, Amount::plus);
    }
    if (credit) {
      parts.replaceAll((id, part) -> part.negate());
    }
    return parts;
  }

  private record Remainder(Claim claim, BigDecimal rest) {}
}
