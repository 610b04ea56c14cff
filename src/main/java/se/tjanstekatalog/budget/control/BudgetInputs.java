package se.tjanstekatalog.budget.control;

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
import se.tjanstekatalog.budget.domain.BudgetBasis;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.budget.domain.PlannedVolume;
import se.tjanstekatalog.budget.control.BudgetStore.Adjustment;
import se.tjanstekatalog.budget.control.BudgetStore.PoolBudget;
import se.tjanstekatalog.budget.control.BudgetStore.Version;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.control.PriceBook.Price;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.costing.control.CostingInputs;
import se.tjanstekatalog.costing.domain.Org;
import se.tjanstekatalog.costing.domain.PeriodInputs;
import se.tjanstekatalog.costing.domain.Pool;
import se.tjanstekatalog.costing.domain.PricedLevel;
import se.tjanstekatalog.costing.domain.Quantity;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.shared.Amount;

/**
 * Reads a budget year's inputs with plain JDBC and computes them. January of the year decides
 * the orgs (active then), the chosen levels of fixed services (subscriptions then), the latest
 * key values (on or before it), the model plan and next year's prices: the list in force in
 * January, a draft too ({@link Scope#ALL}). "Last year" is the last twelve computed months
 * before January (fewer when fewer are computed): each org's volume per level from the stored
 * internfakturering lines, at the published price in force in the latest of those months, and
 * each pool's cost, both as run-rates (average per month × 12).
 */
public final class BudgetInputs {
  /** How many computed months the run-rate reads. */
  public static final int MONTHS = 12;

  private BudgetInputs() {}

  public record OrgInfo(long id, String code, String name, boolean company)
      implements Serializable {}

  public record AreaInfo(long id, String code, String name) implements Serializable {}

  public record LevelInfo(long id, long areaId, String serviceCode, String serviceName,
      String levelCode, String levelName, String unit, boolean fixed) implements Serializable {}

  /**
   * One org's planned volume of a level: the default, the adjustment if any, and next year's
   * price and amount (null price: not in next year's price list).
   */
  public record VolumeRow(OrgInfo org, LevelInfo level, PlannedVolume volume,
      BigDecimal defaultVolume, BigDecimal nextPrice, Amount nextAmount, String comment,
      String changedBy) implements Serializable {}

  /** A pool with its budget for the year: the default run-rate, or the controller's figure. */
  public record PoolRow(long id, String code, String name, long areaId, Amount budget,
      Amount defaultBudget, String comment) implements Serializable {}

  /** A year's budgetunderlag as it stands. {@code from}/{@code to} are null without months. */
  public record Basis(int year, YearMonth from, YearMonth to, int months, List<OrgInfo> orgs,
      List<AreaInfo> areas, List<VolumeRow> volumes, List<PoolRow> pools, Result result,
      List<Version> versions) implements Serializable {

    public OrgInfo org(long id) {
      return orgs.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    public AreaInfo area(long id) {
      return areas.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }
  }

  public static Basis load(Connection c, int year) throws SQLException {
    YearMonth january = YearMonth.of(year, 1);
    List<YearMonth> computed = LedgerReads.storedMonths(c).stream()
        .map(LedgerReads.StoredMonth::period).filter(m -> m.isBefore(january)).toList();
    List<YearMonth> read = computed.subList(Math.max(0, computed.size() - MONTHS),
        computed.size());
    YearMonth from = read.isEmpty() ? null : read.get(0);
    YearMonth to = read.isEmpty() ? null : read.get(read.size() - 1);
    int n = read.size();

    PeriodInputs base = CostingInputs.load(c, january);
    Map<Long, Price> next = PriceBook.pricesIn(c, january, Scope.ALL);
    Map<Long, Price> last = to == null ? Map.of() : PriceBook.pricesIn(c, to, Scope.PUBLISHED);
    List<PricedLevel> levels = base.levels().stream().map(l -> new PricedLevel(l.levelId(),
        l.code(), l.serviceId(), l.areaId(), l.alwaysCharged(), l.fixedMonthly(),
        next.containsKey(l.levelId()) ? next.get(l.levelId()).chargedPrice().value() : null))
        .toList();
    Map<Long, PricedLevel> levelById = new HashMap<>();
    levels.forEach(l -> levelById.put(l.levelId(), l));
    Map<Long, OrgInfo> orgs = orgs(c, base.orgs());
    Map<Long, LevelInfo> levelInfo = levelInfo(c);

    Map<List<Long>, BigDecimal> used = from == null ? Map.of() : used(c, from, to);
    Map<List<Long>, BigDecimal> subscribed = new HashMap<>();
    for (Quantity q : base.subscriptions()) {
      subscribed.merge(List.of(q.orgId(), q.levelId()), q.quantity(), BigDecimal::add);
    }
    Map<List<Long>, Adjustment> adjustments = BudgetStore.adjustments(c, year);
    List<List<Long>> keys = new ArrayList<>(used.keySet());
    subscribed.keySet().stream().filter(k -> !used.containsKey(k)).forEach(keys::add);
    adjustments.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);

    List<VolumeRow> rows = new ArrayList<>();
    for (List<Long> key : keys) {
      OrgInfo org = orgs.get(key.get(0));
      PricedLevel level = levelById.get(key.get(1));
      if (org == null || level == null) {
        continue; // an org not active next year, or a level removed
      }
      BigDecimal lastVolume = PlannedVolume.runRate(used.getOrDefault(key, BigDecimal.ZERO), n);
      BigDecimal byDefault = level.fixedMonthly()
          ? PlannedVolume.subscribedYear(subscribed.getOrDefault(key, BigDecimal.ZERO))
          : lastVolume;
      Adjustment a = adjustments.get(key);
      Price lastPrice = last.get(level.levelId());
      PlannedVolume v = new PlannedVolume(org.id(), level.levelId(), lastVolume,
          lastPrice == null ? null : lastPrice.chargedPrice().value(),
          a == null ? byDefault : a.volume(), a != null);
      if (v.lastVolume().signum() == 0 && v.planned().signum() == 0 && a == null) {
        continue;
      }
      rows.add(new VolumeRow(org, levelInfo.get(level.levelId()), v, byDefault,
          level.chargedPrice(), level.chargedPrice() == null ? null
              : Amount.line(v.planned(), level.chargedPrice()),
          a == null ? null : a.comment(), a == null ? null : a.changedBy()));
    }
    rows.sort(Comparator.comparing((VolumeRow r) -> r.org().code())
        .thenComparing(r -> r.level().serviceCode()).thenComparing(r -> r.level().id()));

    Map<Long, BigDecimal> poolCosts = from == null ? Map.of() : poolCosts(c, from, to);
    Map<Long, PoolBudget> set = BudgetStore.poolBudgets(c, year);
    Map<Long, String> poolNames = names(c, "SELECT id, name FROM cost_pool");
    List<Pool> pools = new ArrayList<>();
    List<PoolRow> poolRows = new ArrayList<>();
    for (Pool p : base.pools()) {
      Amount byDefault = n == 0 ? Amount.ZERO : Amount.quotient(
          poolCosts.getOrDefault(p.id(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(12)),
          BigDecimal.valueOf(n));
      PoolBudget b = set.get(p.id());
      Amount budget = b == null ? byDefault : b.amount();
      pools.add(p.withCost(budget));
      poolRows.add(new PoolRow(p.id(), p.code(), poolNames.get(p.id()), p.areaId(), budget,
          byDefault, b == null ? null : b.comment()));
    }

    Result result = BudgetBasis.compute(new BudgetBasis.Inputs(year, base.orgs(), levels,
        rows.stream().map(VolumeRow::volume).toList(), pools, base.keyValues(),
        CostingInputs.plan(c)));
    return new Basis(year, from, to, n, new ArrayList<>(orgs.values()), areas(c), rows,
        poolRows, result, BudgetStore.versions(c, year));
  }

  /** Each org's internfakturering volume per level over the months, summed. */
  private static Map<List<Long>, BigDecimal> used(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<List<Long>, BigDecimal> used = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, level_id, SUM(quantity)"
        + " FROM result_line WHERE model = 'CHARGEBACK' AND level_id IS NOT NULL"
        + " AND period BETWEEN ? AND ? GROUP BY org_id, level_id ORDER BY org_id, level_id")) {
      ps.setDate(1, Date.valueOf(from.atDay(1)));
      ps.setDate(2, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          used.put(List.of(rs.getLong(1), rs.getLong(2)),
              Objects.requireNonNullElse(rs.getBigDecimal(3), BigDecimal.ZERO));
        }
      }
    }
    return used;
  }

  private static Map<Long, BigDecimal> poolCosts(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, BigDecimal> costs = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT pool_id, SUM(cost) FROM pool_result"
        + " WHERE period BETWEEN ? AND ? GROUP BY pool_id")) {
      ps.setDate(1, Date.valueOf(from.atDay(1)));
      ps.setDate(2, Date.valueOf(to.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          costs.put(rs.getLong(1), rs.getBigDecimal(2));
        }
      }
    }
    return costs;
  }

  private static Map<Long, OrgInfo> orgs(Connection c, List<Org> active) throws SQLException {
    Map<Long, String> names = names(c, "SELECT id, name FROM org_unit");
    Map<Long, OrgInfo> orgs = new LinkedHashMap<>();
    active.stream().sorted(Comparator.comparing(Org::code)).forEach(o -> orgs.put(o.id(),
        new OrgInfo(o.id(), o.code(), names.get(o.id()), o.company())));
    return orgs;
  }

  private static List<AreaInfo> areas(Connection c) throws SQLException {
    List<AreaInfo> areas = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name FROM service_area ORDER BY sort_order, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        areas.add(new AreaInfo(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return areas;
  }

  private static Map<Long, LevelInfo> levelInfo(Connection c) throws SQLException {
    Map<Long, LevelInfo> levels = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT l.id, s.area_id, s.code, s.name,"
        + " l.code, l.name, s.unit FROM service_level l JOIN service s ON s.id = l.service_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        levels.put(rs.getLong(1), new LevelInfo(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            "FIXED_MONTHLY".equals(rs.getString(7))));
      }
    }
    return levels;
  }

  private static Map<Long, String> names(Connection c, String sql) throws SQLException {
    Map<Long, String> names = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.put(rs.getLong(1), rs.getString(2));
      }
    }
    return names;
  }
}
