package se.tjanstekatalog.costing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * What a pool's settings must satisfy, in plain Java, so an edit is saved whole or not at all:
 * a name, a key, chosen services that are POOLED services of the pool's own area and in no
 * other active pool, and for a FIXED_SHARE key percentages (0–100, at most four decimals) of
 * participating orgs that sum to exactly 100.
 */
public final class PoolRules {
  public static final int NAME_MAX = 120;
  private static final int PERCENT_SCALE = 4;

  private PoolRules() {}

  /** A service of the pool's area: only POOLED ones can be chosen. */
  public record ServiceFact(long id, String code, String name, boolean pooled) {}

  /** An org that may get a share; a bolag takes part only when the pool lets bolag in. */
  public record OrgFact(long id, String name, boolean company) {}

  /**
   * The edit as the form sends it. {@code shares} maps org id to percent (null or 0: no
   * share).
   */
  public record Edit(String name, AllocationKey key, boolean companiesParticipate,
      boolean active, Set<Long> serviceIds, Map<Long, BigDecimal> shares) {}

  /**
   * Checks the edit.
   *
   * @param areaServices every service of the pool's area
   * @param otherPools for each service covered by another active pool, that pool's name
   */
  public static List<Violation> check(Edit edit, List<ServiceFact> areaServices,
      List<OrgFact> orgs, Map<Long, String> otherPools) {
    List<Violation> errors = new ArrayList<>();
    String name = edit.name() == null ? "" : edit.name().strip();
    if (name.isEmpty()) {
      errors.add(new Violation("name", "pool.error.name.required"));
    } else if (name.length() > NAME_MAX) {
      errors.add(new Violation("name", "pool.error.name.length", NAME_MAX));
    }
    if (edit.key() == null) {
      errors.add(new Violation("key", "pool.error.key.required"));
    }
    checkServices(edit, areaServices, otherPools, errors);
    if (edit.key() == AllocationKey.FIXED_SHARE) {
      checkShares(edit, orgs, errors);
    }
    return errors;
  }

  /** The shares to store: only for FIXED_SHARE, only positive ones, scaled to the column. */
  public static Map<Long, BigDecimal> storedShares(Edit edit) {
    Map<Long, BigDecimal> stored = new LinkedHashMap<>();
    if (edit.key() == AllocationKey.FIXED_SHARE) {
      edit.shares().forEach((org, pct) -> {
        if (pct != null && pct.signum() > 0) {
          stored.put(org, pct.setScale(PERCENT_SCALE));
        }
      });
    }
    return stored;
  }

  private static void checkServices(Edit edit, List<ServiceFact> areaServices,
      Map<Long, String> otherPools, List<Violation> errors) {
    Map<Long, ServiceFact> byId = new LinkedHashMap<>();
    areaServices.forEach(s -> byId.put(s.id(), s));
    for (Long id : edit.serviceIds()) {
      ServiceFact s = byId.get(id);
      if (s == null) {
        errors.add(new Violation("services", "pool.error.service.otherArea", id));
      } else if (!s.pooled()) {
        errors.add(new Violation("services", "pool.error.service.alwaysCharged", s.name()));
      }
    }
    if (!edit.active()) {
      return;
    }
    List<ServiceFact> covered = edit.serviceIds().isEmpty()
        ? areaServices.stream().filter(ServiceFact::pooled).toList()
        : edit.serviceIds().stream().map(byId::get)
            .filter(s -> s != null && s.pooled()).toList();
    for (ServiceFact s : covered) {
      String other = otherPools.get(s.id());
      if (other != null) {
        errors.add(new Violation("services", "pool.error.service.inOtherPool", s.name(),
            other));
      }
    }
  }

  private static void checkShares(Edit edit, List<OrgFact> orgs, List<Violation> errors) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean broken = false;
    for (OrgFact org : orgs) {
      BigDecimal pct = edit.shares().get(org.id());
      if (pct == null || pct.signum() == 0) {
        continue;
      }
      if (pct.signum() < 0 || pct.compareTo(Percent.WHOLE) > 0) {
        errors.add(new Violation("shares", "pool.error.share.range", org.name(),
            SwedishFormat.decimal(pct, PERCENT_SCALE)));
        broken = true;
      } else if (pct.stripTrailingZeros().scale() > PERCENT_SCALE) {
        errors.add(new Violation("shares", "pool.error.share.decimals", org.name(),
            SwedishFormat.decimal(pct, 10), PERCENT_SCALE));
        broken = true;
      } else if (org.company() && !edit.companiesParticipate()) {
        errors.add(new Violation("shares", "pool.error.share.companyOutside", org.name()));
        broken = true;
      } else {
        sum = sum.add(pct);
      }
    }
    if (!broken && sum.compareTo(Percent.WHOLE) != 0) {
      errors.add(new Violation("shares", "pool.error.share.sum",
          SwedishFormat.decimal(sum, PERCENT_SCALE)));
    }
  }
}
