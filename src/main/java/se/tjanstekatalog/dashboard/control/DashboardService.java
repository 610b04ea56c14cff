package se.tjanstekatalog.dashboard.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.DataSources;
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
 * month and model with the month's key values (one query), the chargeback lines summed per
 * service and month (one query), and the computed months with their state (one small query).
 * Read-only, totals per org and service only (no lines), so every finance chief may see every
 * org, as the group reviews together; a VIEWER may not.
 */
@Stateless
@RolesAllowed({Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
public class DashboardService {
  /** The years a dashboard may be asked for. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  static final String ORG_MONTHS = "SELECT o.id, o.code, o.name, o.kind, r.period,"
      + " SUM(CASE WHEN r.model = 'CHARGEBACK' THEN r.amount ELSE 0 END),"
      + " SUM(CASE WHEN r.model = 'ALLOCATION' THEN r.amount ELSE 0 END),"
      + " SUM(CASE WHEN r.binding AND r.model = 'CHARGEBACK' THEN r.amount ELSE 0 END),"
      + " SUM(CASE WHEN r.binding AND r.model = 'ALLOCATION' THEN r.amount ELSE 0 END),"
      + " MAX(CASE WHEN r.binding AND r.model = 'CHARGEBACK' THEN 1 ELSE 0 END),"
      + " MAX(CASE WHEN r.binding AND r.model = 'ALLOCATION' THEN 1 ELSE 0 END),"
      + " k.headcount, k.turnover"
      + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
      + " LEFT JOIN org_key_value k ON k.org_id = r.org_id AND k.period = r.period"
      + " WHERE r.period BETWEEN ? AND ?"
      + " GROUP BY o.id, o.code, o.name, o.kind, r.period, k.headcount, k.turnover"
      + " ORDER BY r.period, o.code";

  /** Chargeback lines carry the volume: consumption, or a fixed service's chosen levels. */
  static final String SERVICE_MONTHS = "SELECT r.period, s.id, s.code, s.name, a.name,"
      + " s.unit, SUM(r.quantity), SUM(r.amount)"
      + " FROM result_line r JOIN service s ON s.id = r.service_id"
      + " JOIN service_area a ON a.id = s.area_id"
      + " WHERE r.period BETWEEN ? AND ? AND r.model = 'CHARGEBACK'"
      + " AND r.source IN ('CONSUMPTION', 'SUBSCRIPTION')"
      + " GROUP BY r.period, s.id, s.code, s.name, a.name, s.unit";

  static final String MONTHS = "SELECT r.period, r.stale, p.status FROM costing_run r"
      + " LEFT JOIN period p ON p.period = r.period ORDER BY r.period";

  @Inject @TenantDatabase DataSource dataSource;

  /**
   * What the dashboard shows for a year (and a month of it, or the whole year when null).
   *
   * @param years every year with a computed month, newest first, for the year picker
   */
  public record Dashboard(CostDashboard costs, List<ServiceTrend> services, List<Integer> years) {
    public Dashboard {
      Objects.requireNonNull(costs, "costs");
      services = List.copyOf(services);
      years = List.copyOf(years);
    }
  }

  /** The latest year with a computed month, if any. */
  public Integer latestYear() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(period) FROM costing_run");
        ResultSet rs = ps.executeQuery()) {
      Date latest = rs.next() ? rs.getDate(1) : null;
      return latest == null ? null : latest.toLocalDate().getYear();
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
    Date from = Date.valueOf(YearMonth.of(year, 1).atDay(1));
    Date to = Date.valueOf(YearMonth.of(year, 12).atDay(1));
    try (Connection c = dataSource.getConnection()) {
      List<MonthState> states = new ArrayList<>();
      TreeSet<Integer> years = new TreeSet<>();
      try (PreparedStatement ps = c.prepareStatement(MONTHS);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          YearMonth period = YearMonth.from(rs.getDate(1).toLocalDate());
          years.add(period.getYear());
          if (period.getYear() == year) {
            String status = rs.getString(3);
            states.add(new MonthState(period, status == null ? "OPEN" : status,
                rs.getBoolean(2)));
          }
        }
      }
      Map<Long, OrgInfo> orgs = new LinkedHashMap<>();
      List<OrgMonthCost> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(ORG_MONTHS)) {
        ps.setDate(1, from);
        ps.setDate(2, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long orgId = rs.getLong(1);
            if (!orgs.containsKey(orgId)) {
              orgs.put(orgId, new OrgInfo(orgId, rs.getString(2), rs.getString(3),
                  "COMPANY".equals(rs.getString(4))));
            }
            int headcount = rs.getInt(12);
            Integer hc = rs.wasNull() ? null : headcount;
            rows.add(new OrgMonthCost(orgId, YearMonth.from(rs.getDate(5).toLocalDate()),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getInt(10) == 1, rs.getInt(11) == 1, hc,
                rs.getBigDecimal(13)));
          }
        }
      }
      List<ServiceTrend.Volume> volumes = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SERVICE_MONTHS)) {
        ps.setDate(1, from);
        ps.setDate(2, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            volumes.add(new ServiceTrend.Volume(rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6),
                YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(7),
                rs.getBigDecimal(8)));
          }
        }
      }
      CostDashboard costs = CostDashboard.of(year, month, states,
          new ArrayList<>(orgs.values()), rows);
      return new Dashboard(costs, ServiceTrend.of(year, volumes),
          new ArrayList<>(years.descendingSet()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the dashboard of " + year, e);
    }
  }
}
