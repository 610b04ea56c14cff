package se.tjanstekatalog.dashboard.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import se.tjanstekatalog.costing.domain.AreaBindings;
import se.tjanstekatalog.dashboard.domain.AreaBindingText;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthState;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgInfo;
import se.tjanstekatalog.dashboard.domain.OrgMonthCost;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;

/**
 * Reads what ekonomichefsgruppens översikt shows: the stored results of a year summed per org,
 * month and model (one query of the ledger, {@link LedgerTotals#orgMonthTotals}) with the
 * months' key values (one query), the chargeback lines summed per service and month (one
 * query, {@link LedgerTotals#serviceMonthTotals}), and the computed months with their state.
 * Read-only, totals per org and service only (no lines), so every finance chief may see every
 * org, as the group reviews together; a VIEWER may not.
 */
@Stateless
@RolesAllowed({Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
public class DashboardService {
  /** The years a dashboard may be asked for. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  @Inject @TenantDatabase DataSource dataSource;
  @Inject AreaBindingCache bindingCache;
  @Inject LedgerTotals totals;

  /**
   * What the dashboard shows for a year (and a month of it, or the whole year when null).
   *
   * @param years every year with a computed month, newest first, for the year picker
   * @param areaBindings per org id, one line per service area: which model binds it over the
   *     shown months and why where it is charged per unit ({@link AreaBindingText})
   */
  public record Dashboard(CostDashboard costs, List<ServiceTrend> services, List<Integer> years,
      Map<Long, List<String>> areaBindings) implements Serializable {
    public Dashboard {
      Objects.requireNonNull(costs, "costs");
      services = List.copyOf(services);
      years = List.copyOf(years);
      areaBindings = Map.copyOf(areaBindings);
    }

    /** An org's lines, empty when it has no computed month shown. */
    public List<String> areaBindings(long orgId) {
      return areaBindings.getOrDefault(orgId, List.of());
    }
  }

  /** The latest year with a computed month, if any. */
  public Integer latestYear() {
    try (Connection c = dataSource.getConnection()) {
      List<LedgerReads.StoredMonth> stored = LedgerReads.storedMonths(c);
      return stored.isEmpty() ? null : stored.get(stored.size() - 1).period().getYear();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the latest computed month", e);
    }
  }

  /**
   * Reads and builds the dashboard of a year.
   *
   * @throws RuleViolationException for a year outside 2000–2100 or a month outside the year
   */
  public Dashboard dashboard(int year, YearMonth month) {
    List<Violation> problems = new ArrayList<>();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      problems.add(new Violation("year", "dashboard.error.year", String.valueOf(year),
          String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    } else if (month != null && month.getYear() != year) {
      problems.add(new Violation("month", "dashboard.error.month", SwedishFormat.month(month),
          String.valueOf(year)));
    }
    RuleViolationException.throwIfAny(problems);
    YearMonth from = YearMonth.of(year, 1);
    YearMonth to = YearMonth.of(year, 12);
    try (Connection c = dataSource.getConnection()) {
      List<MonthState> states = new ArrayList<>();
      TreeSet<Integer> years = new TreeSet<>();
      for (LedgerReads.StoredMonth m : LedgerReads.storedMonths(c)) {
        years.add(m.period().getYear());
        if (m.period().getYear() == year) {
          states.add(new MonthState(m.period(), m.status().name(), m.stale()));
        }
      }
      Map<Long, OrgInfo> orgs = new LinkedHashMap<>();
      List<OrgMonthCost> rows = new ArrayList<>();
      Map<Long, Map<YearMonth, KeyValues>> keyValues = keyValues(c, from, to);
      for (LedgerReads.OrgMonthTotals t : totals.orgMonthTotals(c, from, to)) {
        orgs.putIfAbsent(t.org().id(), new OrgInfo(t.org().id(), t.org().code(),
            t.org().name(), t.org().company()));
        KeyValues k = keyValues.getOrDefault(t.org().id(), Map.of())
            .getOrDefault(t.period(), KeyValues.NONE);
        rows.add(new OrgMonthCost(t.org().id(), t.period(), t.chargeback(), t.allocation(),
            t.bindingChargeback(), t.bindingAllocation(), t.chargebackBinding(),
            t.allocationBinding(), k.headcount(), k.turnover()));
      }
      List<ServiceTrend.Volume> volumes = new ArrayList<>();
      for (LedgerReads.ServiceMonthTotal t : totals.serviceMonthTotals(c, from, to)) {
        volumes.add(new ServiceTrend.Volume(t.serviceId(), t.code(), t.name(), t.areaName(),
            t.unit(), t.period(), t.quantity(), t.amount()));
      }
      List<YearMonth> shown = states.stream().map(MonthState::period)
          .filter(p -> month == null || p.equals(month)).toList();
      Inputs inputs = new Inputs(year, month, List.copyOf(states), List.copyOf(orgs.values()),
          List.copyOf(rows), List.copyOf(volumes), List.copyOf(years.descendingSet()),
          areaBindings(c, shown));
      return BUILT.get(inputs, DashboardService::build);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dashboard of " + year, e);
    }
  }

  /** Everything a dashboard is built from: equal inputs build an equal dashboard. */
  private record Inputs(int year, YearMonth month, List<MonthState> states, List<OrgInfo> orgs,
      List<OrgMonthCost> rows, List<ServiceTrend.Volume> volumes, List<Integer> years,
      Map<Long, List<String>> areaBindings) {}

  /**
   * The dashboards built lately, by their inputs. Each request still reads the inputs (the
   * ledger's cached sums, the key values, the names), so a change shows at once; a dashboard
   * built from the same inputs as a recent one is that one. Building it was about a sixth of
   * the page's time under load, and every open view kept its own copy (a session keeps 8):
   * now the views of every session share it. Shared by every instance of this bean; the
   * dashboard and everything in it are immutable.
   */
  private static final Cache<Inputs, Dashboard> BUILT = Caffeine.newBuilder()
      .maximumSize(32)
      .build();

  private static Dashboard build(Inputs in) {
    CostDashboard costs = CostDashboard.of(in.year(), in.month(), in.states(), in.orgs(),
        in.rows());
    return new Dashboard(costs, ServiceTrend.of(in.year(), in.volumes()), in.years(),
        in.areaBindings());
  }

  /**
   * Each org's binding per service area over the shown computed months, from each month's
   * costing inputs and the engine's rules ({@link AreaBindings}), as the lines the page and the
   * export show.
   */
  private Map<Long, List<String>> areaBindings(Connection c, List<YearMonth> months)
      throws SQLException {
    List<LedgerReads.Run> runs = new ArrayList<>();
    if (!months.isEmpty()) {
      YearMonth first = months.stream().min(Comparator.naturalOrder()).orElseThrow();
      YearMonth last = months.stream().max(Comparator.naturalOrder()).orElseThrow();
      LedgerReads.runs(c, first, last).stream().filter(r -> months.contains(r.period()))
          .forEach(runs::add);
    }
    Map<Long, String> names = new HashMap<>();
    List<Long> order = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, name FROM service_area ORDER BY sort_order, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.put(rs.getLong(1), rs.getString(2));
        order.add(rs.getLong(1));
      }
    }
    return bindingCache.lines(c, runs, names, order);
  }

  /** An org's headcount and turnover of a month (null where not given). */
  private record KeyValues(Integer headcount, BigDecimal turnover) {
    static final KeyValues NONE = new KeyValues(null, null);
  }

  /** The orgs' key values of the months, per org and month. */
  private static Map<Long, Map<YearMonth, KeyValues>> keyValues(Connection c, YearMonth from,
      YearMonth to) throws SQLException {
    Map<Long, Map<YearMonth, KeyValues>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, period, headcount, turnover"
        + " FROM org_key_value WHERE period BETWEEN ? AND ?")) {
      ps.setDate(1, Date.valueOf(from.atDay(1)));
      ps.setDate(2, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int headcount = rs.getInt(3);
          out.computeIfAbsent(rs.getLong(1), o -> new HashMap<>()).put(
              YearMonth.from(rs.getDate(2).toLocalDate()),
              new KeyValues(rs.wasNull() ? null : headcount, rs.getBigDecimal(4)));
        }
      }
    }
    return out;
  }
}
