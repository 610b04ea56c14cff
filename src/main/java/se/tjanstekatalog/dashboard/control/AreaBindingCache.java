package se.tjanstekatalog.dashboard.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.costing.control.CostingInputs;
import se.tjanstekatalog.costing.domain.AreaBindings;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaBinding;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/**
 * Each org's binding per service area in a computed month ({@link AreaBindings}), which needs
 * the month's whole costing inputs: read once per stored run and kept while the run is
 * current. A run that is not stale was computed from the inputs as they are now, so its
 * bindings cannot have changed; a recomputation (on any node) gives the month a new run and
 * so a new key. A stale month is read afresh each time.
 */
@ApplicationScoped
public class AreaBindingCache {
  @Inject Tenancy tenancy;

  private final Cache<String, Map<Long, List<AreaBinding>>> runs = Caffeine.newBuilder()
      .maximumSize(600)
      .build();

  Map<Long, List<AreaBinding>> of(Connection c, LedgerReads.Run run) throws SQLException {
    if (run.stale()) {
      return read(c, run);
    }
    String key = tenancy.current().code() + "/" + run.period() + "/" + run.computedAt() + "/"
        + run.fingerprint();
    Map<Long, List<AreaBinding>> cached = runs.getIfPresent(key);
    if (cached == null) {
      cached = read(c, run);
      runs.put(key, cached);
    }
    return cached;
  }

  private static Map<Long, List<AreaBinding>> read(Connection c, LedgerReads.Run run)
      throws SQLException {
    return Map.copyOf(AreaBindings.of(CostingInputs.load(c, run.period())));
  }
}
