package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.shared.Amount;

/**
 * A cost pool for the month: its cost, the services it covers (pooled services only), its key,
 * whether bolag take part, and the percentages for a FIXED_SHARE key.
 *
 * @param areaId the service area whose plan decides whether the pool's lines are binding
 */
public record Pool(long id, String code, long areaId, AllocationKey key,
    boolean companiesParticipate, Set<Long> serviceIds, Amount cost,
    Map<Long, BigDecimal> fixedShares) {

  public Pool {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(cost, "cost");
    serviceIds = Set.copyOf(serviceIds);
    fixedShares = Map.copyOf(fixedShares);
  }

  public boolean includes(Org org) {
    return companiesParticipate || !org.company();
  }

  public Pool withKey(AllocationKey newKey) {
    return new Pool(id, code, areaId, newKey, companiesParticipate, serviceIds, cost, fixedShares);
  }

  public Pool withCost(Amount newCost) {
    return new Pool(id, code, areaId, key, companiesParticipate, serviceIds, newCost, fixedShares);
  }
}
