package se.tjanstekatalog.costing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
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
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.Role;
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
  @Inject LedgerTotals totals;

  /** A month with its state and its stored run (null when not computed). */
  public record MonthRun(YearMonth period, String status, LedgerReads.Run run)
      implements Serializable {
    public boolean computed() {
      return run != null;
    }

    public boolean locked() {
      return PeriodStatus.LOCKED.name().equals(status);
    }
  }

  /** Binding and shadow totals of one org (or one org and area) and each model's own total. */
  public record Totals(Amount binding, Amount shadow, Amount chargeback, Amount allocation)
      implements Serializable {
    public static final Totals ZERO = new Totals(Amount.ZERO, Amount.ZERO, Amount.ZERO,
        Amount.ZERO);

    /** Both totals added up, figure by figure. */
    public Totals plus(Totals o) {
      return new Totals(binding.plus(o.binding), shadow.plus(o.shadow),
          chargeback.plus(o.chargeback), allocation.plus(o.allocation));
    }

    Totals plus(FinancingModel model, boolean binding, Amount amount) {
      return new Totals(binding ? this.binding.plus(amount) : this.binding,
          binding ? shadow : shadow.plus(amount),
          model == FinancingModel.CHARGEBACK ? chargeback.plus(amount) : chargeback,
          model == FinancingModel.ALLOCATION ? allocation.plus(amount) : allocation);
    }

    /** Binding − shadow. */
    public Amount difference() {
      return binding.minus(shadow);
    }

    /** The difference in percent of the shadow total, one decimal; null when shadow is 0. */
    public BigDecimal differencePercent() {
      return Percent.of(difference().value(), shadow.value());
    }
  }

  /** One org's row on the comparison page: totals and the same per service area. */
  public record OrgComparison(long orgId, String code, String name, boolean company,
      Totals totals, Map<Long, Totals> perArea) {}

  /** One month of one org (or of all orgs when {@code orgId} is null). */
  public record MonthTotals(YearMonth period, Totals totals) {}

  /** A stored pool result with names, for the recovery table. */
  public record PoolRow(long poolId, String code, String name, String key, Amount cost,
      BigDecimal keyTotal, Amount revenue, String bindingModel) implements Serializable {
    public BigDecimal recoveryPercent() {
      return Percent.of(revenue.value(), cost.value());
    }

    public Amount overRecovery() {
      return revenue.minus(cost);
    }
  }

  /** A stored line with the names a person reads. */
  public record LineRow(String orgCode, String model, boolean binding, String areaCode,
      String areaName, String serviceCode, String serviceName, String levelCode,
      String levelName, String poolCode, String poolName, String source, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, Amount amount) {}

  /** A service area, to filter the comparison by. */
  public record Area(long id, String code, String name) implements Serializable {}

  /** One org's stored month: its totals under both models and its lines. */
  public record OrgResults(long orgId, String code, String name, boolean company, Totals totals,
      List<LineRow> lines) {}

  /** A stored month as the REST API gives it: its state, its run and the orgs' results. */
  public record PeriodResults(YearMonth period, String status, LedgerReads.Run run,
      List<OrgResults> orgs) {}

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<MonthRun> months(YearMonth from, YearMonth to) {
    try (Connection c = dataSource.getConnection()) {
      Map<YearMonth, LedgerReads.Run> runs = new TreeMap<>();
      LedgerReads.runs(c, from, to).forEach(r -> runs.put(r.period(), r));
      Map<YearMonth, PeriodStatus> status = LedgerPeriods.statuses(c, from, to);
      List<MonthRun> months = new ArrayList<>();
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        months.add(new MonthRun(m, status.get(m).name(), runs.get(m)));
      }
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the months", e);
    }
  }

  /** Every org's totals over the months, per area too; orgs without results are left out. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public List<OrgComparison> comparison(YearMonth from, YearMonth to) {
    Map<Long, OrgComparison> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (LedgerReads.OrgAreaTotal t : totals.orgAreaTotals(c, from, to)) {
        OrgComparison org = result.get(t.org().id());
        if (org == null) {
          org = new OrgComparison(t.org().id(), t.org().code(), t.org().name(),
              t.org().company(), Totals.ZERO, new TreeMap<>());
        }
        org.perArea().merge(t.areaId(), Totals.ZERO.plus(t.model(), t.binding(), t.amount()),
            ResultQueries::sum);
        result.put(t.org().id(), new OrgComparison(org.orgId(), org.code(), org.name(),
            org.company(), org.totals().plus(t.model(), t.binding(), t.amount()),
            org.perArea()));
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
    Map<YearMonth, Totals> months = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (LedgerReads.MonthTotal t : totals.monthTotals(c, orgId, areaId, from, to)) {
        months.merge(t.period(), Totals.ZERO.plus(t.model(), t.binding(), t.amount()),
            ResultQueries::sum);
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
    try (Connection c = dataSource.getConnection()) {
      return LedgerReads.pools(c, month).stream().map(p -> new PoolRow(p.poolId(), p.code(),
          p.name(), p.key().name(), p.cost(), p.keyTotal(), p.revenue(), p.binding().name()))
          .toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the pools", e);
    }
  }

  /** One org's stored lines of a month; only the org's own for VIEWER and ORG_FINANCE. */
  public List<LineRow> lines(YearMonth month, long orgId) {
    caller.requireOrg(orgId);
    try (Connection c = dataSource.getConnection()) {
      return LedgerReads.lines(c, LineQuery.of(month).org(orgId)).stream()
          .map(ResultQueries::row).toList();
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
    try (Connection c = dataSource.getConnection()) {
      List<LedgerReads.StoredMonth> stored = LedgerReads.storedMonths(c);
      return stored.isEmpty() ? Optional.empty()
          : Optional.of(stored.get(stored.size() - 1).period());
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
    try (Connection c = dataSource.getConnection()) {
      return totals.bindingModels(c, areaId, from, to);
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
      LedgerReads.Run run = LedgerReads.run(c, month).orElseThrow(() ->
          new NotFoundException("costing.results.notComputed", SwedishFormat.month(month)));
      String status = LedgerPeriods.status(c, month).name();
      Map<Long, OrgRef> orgs = new LinkedHashMap<>();
      Map<Long, List<LineRow>> lines = new LinkedHashMap<>();
      if (only != null) {
        orgs.put(only.id(), only);
        lines.put(only.id(), new ArrayList<>());
      }
      for (LedgerReads.Line l : LedgerReads.lines(c, LineQuery.of(month)
          .org(only == null ? null : only.id()).ordered(LedgerReads.Order.ORG_CODE))) {
        orgs.putIfAbsent(l.org().id(), new OrgRef(l.org().id(), l.org().code(),
            l.org().name(), l.org().company()));
        lines.computeIfAbsent(l.org().id(), id -> new ArrayList<>()).add(row(l));
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

  private static LineRow row(LedgerReads.Line l) {
    return new LineRow(l.org().code(), l.model().name(), l.binding(), l.areaCode(),
        l.areaName(), l.serviceCode(), l.serviceName(), l.levelCode(), l.levelName(),
        l.poolCode(), l.poolName(), l.source().name(), l.quantity(), l.unitPrice(),
        l.keyValue(), l.keyTotal(), l.amount());
  }

  private static Totals sum(Totals a, Totals b) {
    return a.plus(b);
  }
}
