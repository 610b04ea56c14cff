package se.tjanstekatalog.dashboard.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.costing.control.CostingInputs;
import se.tjanstekatalog.costing.domain.AreaBindings;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaBinding;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaHistory;
import se.tjanstekatalog.dashboard.domain.AreaBindingText;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/**
 * Each org's binding per service area in a computed month ({@link AreaBindings}), which needs
 * the month's whole costing inputs: read once per stored run and kept while the run is
 * current. A run that is not stale was computed from the inputs as they are now, so its
 * bindings cannot have changed; a recomputation (on any node) gives the month a new run and
 * so a new key. A stale month is read afresh each time.
 *
 * <p>The same holds for each org's lines over several months ({@link #lines}): they are kept by
 * the months' runs and the areas' names and order, unless one of the months is stale (working
 * them out again for every dashboard view was a few per cent of the page).
 */
@ApplicationScoped
public class AreaBindingCache {
  @Inject Tenancy tenancy;

  private final Cache<String, Map<Long, List<AreaBinding>>> runs = Caffeine.newBuilder()
      .maximumSize(600)
      .build();

  private final Cache<List<Object>, Map<Long, List<String>>> lines = Caffeine.newBuilder()
      .maximumSize(64)
      .build();

  /**
   * Each org's binding per area over the runs' months, as the lines the dashboard and its export
   * show, the areas in the given order and by the given names.
   */
  Map<Long, List<String>> lines(Connection c, List<LedgerReads.Run> months,
      Map<Long, String> areaNames, List<Long> areaOrder) throws SQLException {
    boolean current = months.stream().noneMatch(LedgerReads.Run::stale);
    List<Object> key = List.of(months.stream().map(this::key).toList(), Map.copyOf(areaNames),
        List.copyOf(areaOrder));
    Map<Long, List<String>> cached = current ? lines.getIfPresent(key) : null;
    if (cached != null) {
      return cached;
    }
    Map<Long, Map<YearMonth, List<AreaBinding>>> perOrg = new HashMap<>();
    for (LedgerReads.Run run : months) {
      of(c, run).forEach((orgId, bindings) -> perOrg
          .computeIfAbsent(orgId, o -> new HashMap<>()).put(run.period(), bindings));
    }
    Map<Long, List<String>> out = new HashMap<>();
    perOrg.forEach((orgId, byMonth) -> {
      List<AreaHistory> areas = new ArrayList<>(AreaBindings.history(byMonth));
      areas.sort(Comparator.comparingInt(a -> areaOrder.indexOf(a.areaId())));
      out.put(orgId, List.copyOf(AreaBindingText.lines(areas, areaNames)));
    });
    Map<Long, List<String>> built = Map.copyOf(out);
    if (current) {
      lines.put(key, built);
    }
    return built;
  }

  Map<Long, List<AreaBinding>> of(Connection c, LedgerReads.Run run) throws SQLException {
    if (run.stale()) {
      return read(c, run);
    }
    String key = key(run);
    Map<Long, List<AreaBinding>> cached = runs.getIfPresent(key);
    if (cached == null) {
      cached = read(c, run);
      runs.put(key, cached);
    }
    return cached;
  }

  private String key(LedgerReads.Run run) {
    return tenancy.current().code() + "/" + run.period() + "/" + run.computedAt() + "/"
        + run.fingerprint();
  }

  private static Map<Long, List<AreaBinding>> read(Connection c, LedgerReads.Run run)
      throws SQLException {
    return Map.copyOf(AreaBindings.of(CostingInputs.load(c, run.period())));
  }
}
