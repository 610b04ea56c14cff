package se.tjanstekatalog.forecast.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.budget.control.BudgetStore;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgMonth;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.shared.Amount;

/**
 * Reads what a year's helårsprognos is built from, on the caller's connection: the months of
 * the year that count as outcome ({@link LedgerReads#storedMonths}: computed and over, i.e.
 * before the current month; a run of the current month is a draft of a month whose consumption
 * is not all in, and is forecast), the stored results per org, month and model
 * ({@link LedgerTotals#orgMonthTotals}), the year's latest published budgetunderlag's totals
 * ({@link BudgetStore}) and the entered budgets (table forecast_budget, changeset 0024). The
 * orgs forecast are those with a result in the year, in the budgetunderlag or with a budget.
 * Used by the forecast's service and by the work queue.
 */
public final class ForecastReads {
  private ForecastReads() {}

  /** An entered budget with who changed it last. */
  public record EnteredBudget(long orgId, Amount amount, String changedBy) {}

  /**
   * The year's forecast as of {@code today}'s month: a computed month counts as outcome once
   * it is over (before {@code today}'s month); the current month and later are forecast even
   * when a draft of them is computed.
   */
  public static YearForecast forecast(Connection c, LedgerTotals totals, int year,
      YearMonth today) throws SQLException {
    List<YearMonth> computed = new ArrayList<>();
    for (LedgerReads.StoredMonth m : LedgerReads.storedMonths(c)) {
      if (m.period().getYear() == year && m.period().isBefore(today)) {
        computed.add(m.period());
      }
    }
    Map<Long, OrgInfo> orgs = new LinkedHashMap<>();
    List<OrgMonth> amounts = new ArrayList<>();
    for (LedgerReads.OrgMonthTotals t : totals.orgMonthTotals(c, YearMonth.of(year, 1),
        YearMonth.of(year, 12))) {
      orgs.putIfAbsent(t.org().id(), new OrgInfo(t.org().id(), t.org().code(), t.org().name(),
          t.org().company()));
      amounts.add(new OrgMonth(t.org().id(), t.period(), new Models(t.chargeback(),
          t.allocation(), t.bindingChargeback().plus(t.bindingAllocation()))));
    }
    Map<Long, Models> budgetunderlag = budgetunderlag(c, year);
    Map<Long, Amount> entered = new HashMap<>();
    budgets(c, year).forEach((id, b) -> entered.put(id, b.amount()));
    List<Long> missing = new ArrayList<>(budgetunderlag.keySet());
    missing.addAll(entered.keySet());
    missing.removeIf(orgs::containsKey);
    if (!missing.isEmpty()) {
      orgs(c).forEach((id, o) -> {
        if (missing.contains(id)) {
          orgs.put(id, o);
        }
      });
    }
    return BUILT.get(new Inputs(year, List.copyOf(computed), List.copyOf(orgs.values()),
        List.copyOf(amounts), Map.copyOf(budgetunderlag), Map.copyOf(entered)),
        in -> YearForecast.of(in.year(), in.computed(), in.orgs(), in.amounts(),
            in.budgetunderlag(), in.entered()));
  }

  /** Everything a forecast is built from: equal inputs build an equal forecast. */
  private record Inputs(int year, List<YearMonth> computed, List<OrgInfo> orgs,
      List<OrgMonth> amounts, Map<Long, Models> budgetunderlag, Map<Long, Amount> entered) {}

  /**
   * The forecasts built lately, by their inputs, as the dashboard's ({@code DashboardService}):
   * the inputs are read on every call, so a change shows at once, and the dashboard's panel
   * and the start pages of every session share the forecast built from the same inputs instead
   * of each view building and keeping its own. A forecast is immutable.
   */
  private static final Cache<Inputs, YearForecast> BUILT = Caffeine.newBuilder()
      .maximumSize(32)
      .build();

  /** Per org id, the yearly totals of the year's latest published budgetunderlag (or none). */
  public static Map<Long, Models> budgetunderlag(Connection c, int year) throws SQLException {
    List<BudgetStore.Version> versions = BudgetStore.versions(c, year);
    Map<Long, Models> out = new HashMap<>();
    if (versions.isEmpty()) {
      return out;
    }
    Map<Long, List<AreaTotal>> byOrg = new HashMap<>();
    for (AreaTotal t : BudgetStore.totals(c, versions.get(versions.size() - 1).id())) {
      byOrg.computeIfAbsent(t.orgId(), o -> new ArrayList<>()).add(t);
    }
    byOrg.forEach((org, totals) -> out.put(org, new Models(
        Result.sum(totals, AreaTotal::chargeback), Result.sum(totals, AreaTotal::allocation),
        Result.binding(totals))));
    return out;
  }

  /** The year's entered budgets per org id. */
  public static Map<Long, EnteredBudget> budgets(Connection c, int year) throws SQLException {
    Map<Long, EnteredBudget> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, amount, changed_by"
        + " FROM forecast_budget WHERE budget_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), new EnteredBudget(rs.getLong(1),
              Amount.of(rs.getBigDecimal(2)), rs.getString(3)));
        }
      }
    }
    return out;
  }

  /** Sets (or replaces) an org's budget for the year. */
  public static void saveBudget(Connection c, int year, long orgId, Amount amount, String by)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO forecast_budget (budget_year,"
        + " org_id, amount, changed_by) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " amount = VALUES(amount), changed_by = VALUES(changed_by),"
        + " changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setInt(1, year);
      ps.setLong(2, orgId);
      ps.setBigDecimal(3, amount.value());
      ps.setString(4, by);
      ps.executeUpdate();
    }
  }

  /** Every org by id. */
  public static Map<Long, OrgInfo> orgs(Connection c) throws SQLException {
    Map<Long, OrgInfo> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name, kind FROM org_unit ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), new OrgInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
            "COMPANY".equals(rs.getString(4))));
      }
    }
    return out;
  }
}
