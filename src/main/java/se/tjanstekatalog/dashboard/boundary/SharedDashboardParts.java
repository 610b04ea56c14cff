package se.tjanstekatalog.dashboard.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.tjanstekatalog.dashboard.control.DashboardService.Dashboard;

/**
 * What the dashboard's views make of a dashboard for the page, made once per dashboard: the
 * organisations' table's texts per column choice and locale, and the bar chart per title.
 * {@link se.tjanstekatalog.dashboard.control.DashboardService} hands every view built from the
 * same inputs the same dashboard, so the views of every session share these too.
 *
 * <p>Kept by the dashboard's identity (weak keys: a dashboard no view and no cache holds any
 * more takes its parts with it), at most 64 dashboards; per dashboard a handful of parts (the
 * column groups have 8 choices, the chart one title). Everything kept is immutable.
 */
final class SharedDashboardParts {
  private static final Cache<Dashboard, Map<Object, Object>> PARTS = Caffeine.newBuilder()
      .weakKeys()
      .maximumSize(64)
      .build();

  private SharedDashboardParts() {}

  private record TableKey(List<String> groups, Locale locale) {}

  private record ChartKey(String title) {}

  /** The organisations' table of the dashboard with the column groups, in the locale. */
  static DashboardOrgTable orgTable(Dashboard dashboard, List<String> groups, Locale locale) {
    return (DashboardOrgTable) parts(dashboard).computeIfAbsent(
        new TableKey(List.copyOf(groups), locale),
        k -> DashboardOrgTable.of(dashboard, groups, locale));
  }

  /** The bar chart of every org's cost per employee, with the title. */
  static String perEmployeeChart(Dashboard dashboard, String title) {
    return (String) parts(dashboard).computeIfAbsent(new ChartKey(title),
        k -> DashboardCharts.perEmployeeBar(dashboard.costs(), title));
  }

  private static Map<Object, Object> parts(Dashboard dashboard) {
    return PARTS.get(dashboard, d -> new ConcurrentHashMap<>());
  }
}
