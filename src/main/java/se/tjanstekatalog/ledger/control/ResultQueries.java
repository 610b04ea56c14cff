package se.tjanstekatalog.ledger.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import se.tjanstekatalog.costing.control.ComparisonReport;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Reads stored results, summed in SQL: the months and their runs, each org's totals under both
 * models (per service area too), the month trend of an org or all (optionally one area), the
 * binding model per month and area, the comparison page's report, an org's lines, a month's
 * lines for the REST API, the pools' recovery. An ORG_FINANCE sees every org's totals (the
 * group reviews together); lines are shown to VIEWER and ORG_FINANCE for their own org only.
 */
@Stateless
@PermitAll
public class ResultQueries {
  /** The longest range the comparison reads at once. */
  static final int MAX_YEARS = 10;

  @Inject @TenantDatabase DataSource dataSource;

  @Inject CurrentCaller caller;

  /** A month with its state and its stored run (null when not computed). */
  public record MonthRun(YearMonth period, String status, ResultStore.Run run) {
    public boolean computed() {
      return run != null;
    }
  }

  /** Binding and shadow totals of one org (or one org and area) and each model's own total. */
  public record Totals(BigDecimal binding, BigDecimal shadow, BigDecimal chargeback,
      BigDecimal allocation) {
    public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO);

    /** Both totals added up, figure by figure. */
    public Totals plus(Totals o) {
      return new Totals(binding.add(o.binding), shadow.add(o.shadow),
          chargeback.add(o.chargeback), allocation.add(o.allocation));
    }

    Totals plus(FinancingModel model, boolean binding, BigDecimal amount) {
      return new Totals(binding ? this.binding.add(amount) : this.binding,
          binding ? shadow : shadow.add(amount),
          model == FinancingModel.CHARGEBACK ? chargeback.add(amount) : chargeback,
          model == FinancingModel.ALLOCATION ? allocation.add(amount) : allocation);
    }

    /** Binding − shadow. */
    public BigDecimal difference() {
      return binding.subtract(shadow);
    }

    /** The difference in percent of the shadow total, one decimal; null when shadow is 0. */
    public BigDecimal differencePercent() {
      return Percent.of(difference(), shadow);
    }
  }

  /** One org's row on the comparison page: totals and the same per service area. */
  public record OrgComparison(long orgId, String code, String name, boolean company,
      Totals totals, Map<Long, Totals> perArea) {}

  /** One month of one org (or of all orgs when {@code orgId} is null). */
  public record MonthTotals(YearMonth period, Totals totals) {}

  /** A stored pool result with names, for the recovery table. */
  public record PoolRow(long poolId, String code, String name, String key, BigDecimal cost,
      BigDecimal keyTotal, BigDecimal revenue, String bindingModel) {
    public BigDecimal recoveryPercent() {
      return Percent.of(revenue, cost);
    }

    public BigDecimal overRecovery() {
      return revenue.subtract(cost);
    }
  }

  /** A stored line with the names a person reads. */
  public record LineRow(String orgCode, String model, boolean binding, String areaCode,
      String areaName, String serviceCode, String serviceName, String levelCode,
      String levelName, String poolCode, String poolName, String source, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, BigDecimal amount) {}

  /** A service area, to filter the comparison by. */
  public record Area(long id, String code, String name) {}

  /** One org's stored month: its totals under both models and its lines. */
  public record OrgResults(long orgId, String code, String name, boolean company, Totals totals,
      List<LineRow> lines) {}

  /** A stored month as the REST API gives it: its state, its run and the orgs' results. */
  public record PeriodResults(YearMonth period, String status, ResultStore.Run run,
      List<OrgResults> orgs) {}

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<MonthRun> months(YearMonth from, YearMonth to) {
    try (Connection c = dataSource.getConnection()) {
      Map<YearMonth, ResultStore.Run> runs = new TreeMap<>();
      ResultStore.runs(c, from, to).forEach(r -> runs.put(r.period(), r));
      Map<YearMonth, String> status = PeriodRows.statuses(c, from, to);
      List<MonthRun> months = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        months.add(new MonthRun(m, status.getOrDefault(m, PeriodRows.OPEN), runs.get(m)));
      }
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the months", e);
    }
  }

  /** Every org's totals over the months, per area too; orgs without results are left out. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<OrgComparison> comparison(YearMonth from, YearMonth to) {
    String sql = "SELECT o.id, o.code, o.name, o.kind, r.area_id, r.model, r.binding,"
        + " SUM(r.amount) FROM result_line r JOIN org_unit o ON o.id = r.org_id"
        + " WHERE r.period BETWEEN ? AND ? GROUP BY o.id, o.code, o.name, o.kind, r.area_id,"
        + " r.model, r.binding ORDER BY o.code";
    Map<Long, OrgComparison> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setDate(1, Date.valueOf(from.atDay(1)));
      ps.setDate(2, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long orgId = rs.getLong(1);
          OrgComparison org = result.get(orgId);
          if (org == null) {
            org = new OrgComparison(orgId, rs.getString(2), rs.getString(3),
                "COMPANY".equals(rs.getString(4)), Totals.ZERO, new TreeMap<>());
          }
          FinancingModel model = FinancingModel.valueOf(rs.getString(6));
          boolean binding = rs.getBoolean(7);
          BigDecimal amount = rs.getBigDecimal(8);
          org.perArea().merge(rs.getLong(5), Totals.ZERO.plus(model, binding, amount),
              ResultQueries::sum);
          result.put(orgId, new OrgComparison(org.orgId(), org.code(), org.name(),
              org.company(), org.totals().plus(model, binding, amount), org.perArea()));
        }
      }
      return new ArrayList<>(result.values());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the comparison", e);
    }
  }

  /** Month by month totals of one org, or of all orgs when {@code orgId} is null. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<MonthTotals> trend(Long orgId, YearMonth from, YearMonth to) {
    return trend(orgId, null, from, to);
  }

  /**
   * Month by month totals of one org (all orgs when {@code orgId} is null) in one service area
   * (all areas when {@code areaId} is null).
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<MonthTotals> trend(Long orgId, Long areaId, YearMonth from, YearMonth to) {
    String sql = "SELECT period, model, binding, SUM(amount) FROM result_line"
        + " WHERE period BETWEEN ? AND ?" + (orgId == null ? "" : " AND org_id = ?")
        + (areaId == null ? "" : " AND area_id = ?")
        + " GROUP BY period, model, binding ORDER BY period";
    Map<YearMonth, Totals> months = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 0;
      ps.setDate(++i, Date.valueOf(from.atDay(1)));
      ps.setDate(++i, Date.valueOf(to.atDay(1)));
      if (orgId != null) {
        ps.setLong(++i, orgId);
      }
      if (areaId != null) {
        ps.setLong(++i, areaId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          months.merge(YearMonth.from(rs.getDate(1).toLocalDate()),
              Totals.ZERO.plus(FinancingModel.valueOf(rs.getString(2)), rs.getBoolean(3),
                  rs.getBigDecimal(4)), ResultQueries::sum);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the trend", e);
    }
    return months.entrySet().stream().map(e -> new MonthTotals(e.getKey(), e.getValue()))
        .toList();
  }

  /** The pools of a stored month with their recovery rate. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<PoolRow> pools(YearMonth month) {
    List<PoolRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT p.id, p.code, p.name,"
            + " r.allocation_key, r.cost, r.key_total, r.revenue, r.binding_model"
            + " FROM pool_result r JOIN cost_pool p ON p.id = r.pool_id WHERE r.period = ?"
            + " ORDER BY p.code")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new PoolRow(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
              rs.getString(8)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the pools", e);
    }
  }

  /** One org's stored lines of a month; only the org's own for VIEWER and ORG_FINANCE. */
  public List<LineRow> lines(YearMonth month, long orgId) {
    caller.requireOrg(orgId);
    List<LineRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT o.code, r.model, r.binding,"
            + " a.code, a.name, s.code, s.name, l.code, l.name, p.code, p.name, r.source,"
            + " r.quantity, r.unit_price, r.key_value, r.key_total, r.amount"
            + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
            + " JOIN service_area a ON a.id = r.area_id"
            + " LEFT JOIN service s ON s.id = r.service_id"
            + " LEFT JOIN service_level l ON l.id = r.level_id"
            + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
            + " WHERE r.period = ? AND r.org_id = ? ORDER BY r.line_no")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setLong(2, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new LineRow(rs.getString(1), rs.getString(2), rs.getBoolean(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
              rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
              rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the lines", e);
    }
  }

  /** Every service area, in the catalogue's order. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<Area> areas() {
    List<Area> areas = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id, code, name FROM service_area ORDER BY sort_order, code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        areas.add(new Area(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
      return areas;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the service areas", e);
    }
  }

  /** The latest month with a stored result, if any. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public Optional<YearMonth> latestComputed() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(period) FROM costing_run");
        ResultSet rs = ps.executeQuery()) {
      Date latest = rs.next() ? rs.getDate(1) : null;
      return Optional.ofNullable(latest).map(d -> YearMonth.from(d.toLocalDate()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the latest run", e);
    }
  }

  /**
   * Per month and service area, the model of the stored binding lines: the model plan as it
   * was applied when the month was computed (all orgs' lines of an area follow one model).
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public Map<YearMonth, Map<Long, FinancingModel>> bindingModels(Long areaId, YearMonth from,
      YearMonth to) {
    String sql = "SELECT DISTINCT period, area_id, model FROM result_line"
        + " WHERE period BETWEEN ? AND ? AND binding" + (areaId == null ? "" : " AND area_id = ?");
    Map<YearMonth, Map<Long, FinancingModel>> months = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setDate(1, Date.valueOf(from.atDay(1)));
      ps.setDate(2, Date.valueOf(to.atDay(1)));
      if (areaId != null) {
        ps.setLong(3, areaId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          months.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()),
              m -> new TreeMap<>()).put(rs.getLong(2), FinancingModel.valueOf(rs.getString(3)));
        }
      }
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the binding models", e);
    }
  }

  /**
   * The comparison page's figures: every org over the months (one service area when
   * {@code areaCode} is given), and the months of one org ({@code trendOrgId}, all orgs when
   * null) with the binding model of each.
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public ComparisonReport comparisonReport(YearMonth from, YearMonth to, String areaCode,
      Long trendOrgId) {
    if (from.isAfter(to)) {
      throw new RuleViolationException(new Violation("to", "comparison.error.range",
          SwedishFormat.month(from), SwedishFormat.month(to)));
    }
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw new RuleViolationException(new Violation("to", "comparison.error.tooLong",
          MAX_YEARS));
    }
    List<Area> areas = areas();
    Area area = null;
    if (areaCode != null && !areaCode.isBlank()) {
      area = areas.stream().filter(a -> a.code().equalsIgnoreCase(areaCode.strip())).findFirst()
          .orElseThrow(() -> new NotFoundException("comparison.error.unknownArea", areaCode));
    }
    Long areaId = area == null ? null : area.id();
    return ComparisonReport.of(from, to, area, areas, comparison(from, to),
        trend(trendOrgId, areaId, from, to), bindingModels(areaId, from, to));
  }

  /**
   * A stored month with its lines, for the REST API: one org's when {@code orgCode} is given,
   * else every org's for IT_CONTROLLER and ADMIN and the caller's own org's for the others.
   *
   * @throws NotFoundException when the org does not exist or the month is not computed
   * @throws ForbiddenException when a VIEWER or ORG_FINANCE asks for another org
   */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public PeriodResults periodResults(YearMonth month, String orgCode) {
    try (Connection c = dataSource.getConnection()) {
      OrgRef only = null;
      if (orgCode != null && !orgCode.isBlank()) {
        only = org(c, "code = ?", orgCode.strip())
            .orElseThrow(() -> new NotFoundException("org.error.notFound", orgCode.strip()));
        caller.requireOrg(only.id());
      } else if (!caller.seesAllOrgs()) {
        Long own = caller.info().getOrgId();
        if (own == null) {
          throw new ForbiddenException("error.otherOrg");
        }
        only = org(c, "id = ?", own).orElseThrow();
      }
      ResultStore.Run run = ResultStore.run(c, month).orElseThrow(() ->
          new NotFoundException("costing.results.notComputed", SwedishFormat.month(month)));
      String status = "OPEN";
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT status FROM period WHERE period = ?")) {
        ps.setDate(1, Date.valueOf(month.atDay(1)));
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            status = rs.getString(1);
          }
        }
      }
      Map<Long, OrgRef> orgs = new LinkedHashMap<>();
      Map<Long, List<LineRow>> lines = new LinkedHashMap<>();
      if (only != null) {
        orgs.put(only.id(), only);
        lines.put(only.id(), new ArrayList<>());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.code, o.name, o.kind,"
          + " r.model, r.binding, a.code, a.name, s.code, s.name, l.code, l.name, p.code, p.name,"
          + " r.source, r.quantity, r.unit_price, r.key_value, r.key_total, r.amount"
          + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
          + " JOIN service_area a ON a.id = r.area_id"
          + " LEFT JOIN service s ON s.id = r.service_id"
          + " LEFT JOIN service_level l ON l.id = r.level_id"
          + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
          + " WHERE r.period = ?" + (only == null ? "" : " AND r.org_id = ?")
          + " ORDER BY o.code, r.line_no")) {
        ps.setDate(1, Date.valueOf(month.atDay(1)));
        if (only != null) {
          ps.setLong(2, only.id());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long orgId = rs.getLong(1);
            if (!orgs.containsKey(orgId)) {
              orgs.put(orgId, new OrgRef(orgId, rs.getString(2), rs.getString(3),
                  "COMPANY".equals(rs.getString(4))));
            }
            lines.computeIfAbsent(orgId, id -> new ArrayList<>()).add(new LineRow(
                rs.getString(2), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18),
                rs.getBigDecimal(19), rs.getBigDecimal(20)));
          }
        }
      }
      List<OrgResults> result = new ArrayList<>();
      orgs.forEach((id, o) -> {
        List<LineRow> own = lines.get(id);
        Totals totals = own.stream().reduce(Totals.ZERO, (t, l) -> t.plus(
            FinancingModel.valueOf(l.model()), l.binding(), l.amount()), Totals::plus);
        result.add(new OrgResults(id, o.code(), o.name(), o.company(), totals, own));
      });
      return new PeriodResults(month, status, run, result);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the results of " + month, e);
    }
  }

  private record OrgRef(long id, String code, String name, boolean company) {}

  private static Optional<OrgRef> org(Connection c, String where, Object value)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name, kind FROM org_unit WHERE " + where)) {
      ps.setObject(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new OrgRef(rs.getLong(1), rs.getString(2), rs.getString(3),
                "COMPANY".equals(rs.getString(4))))
            : Optional.empty();
      }
    }
  }

  private static Totals sum(Totals a, Totals b) {
    return a.plus(b);
  }
}
