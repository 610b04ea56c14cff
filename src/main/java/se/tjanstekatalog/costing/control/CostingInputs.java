package se.tjanstekatalog.costing.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.costing.domain.KeyValues;
import se.tjanstekatalog.costing.domain.ModelPlan;
import se.tjanstekatalog.costing.domain.Org;
import se.tjanstekatalog.costing.domain.PeriodInputs;
import se.tjanstekatalog.costing.domain.PlanEntry;
import se.tjanstekatalog.costing.domain.Pool;
import se.tjanstekatalog.costing.domain.PricedLevel;
import se.tjanstekatalog.costing.domain.Quantity;
import se.tjanstekatalog.shared.Amount;

/**
 * Reads one month's inputs with plain JDBC: consumption as the sums per org and level that
 * each import stored, the rest is small. Used by {@link CostingService} and the benchmark alike.
 */
public final class CostingInputs {

  /**
   * The heart of {@link #load}: one month of the ACTIVE batches' consumption, summed per org
   * and level from the sums each import stored with its rows ({@code consumption_sum}, a few
   * hundred rows a month however many rows were imported; docs/adr/0006-month-sums.md). Read
   * batch first: each ACTIVE batch of the month is one range of the sums' primary key
   * (period, batch_id, org_id, level_id), and STRAIGHT_JOIN keeps that order.
   */
  public static final String CONSUMPTION_SUM = "SELECT STRAIGHT_JOIN s.org_id, s.level_id,"
      + " SUM(s.quantity) FROM import_batch b JOIN consumption_sum s ON s.period = ?"
      + " AND s.batch_id = b.id WHERE b.kind = 'CONSUMPTION' AND b.status = 'ACTIVE'"
      + " AND b.period_from <= ? AND b.period_to >= ? GROUP BY s.org_id, s.level_id";

  private CostingInputs() {}

  public static PeriodInputs load(Connection c, YearMonth month) throws SQLException {
    Date first = Date.valueOf(month.atDay(1));
    Date last = Date.valueOf(month.atEndOfMonth());
    List<PricedLevel> levels = levels(c, month);
    ModelPlan plan = plan(c);
    List<Long> areaIds = levels.stream().map(PricedLevel::areaId).distinct().toList();
    return new PeriodInputs(month, orgs(c, first, last), levels, consumption(c, first),
        subscriptions(c, first, last), pools(c, first), keyValues(c, first),
        plan.forMonth(areaIds, month));
  }

  /** Every entry of the model plan. */
  public static ModelPlan plan(Connection c) throws SQLException {
    List<PlanEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT area_id, valid_from, model FROM model_plan");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        entries.add(new PlanEntry(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()),
            FinancingModel.valueOf(rs.getString(3))));
      }
    }
    return new ModelPlan(entries);
  }

  private static List<Org> orgs(Connection c, Date first, Date last) throws SQLException {
    List<Org> orgs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, code, kind FROM org_unit"
        + " WHERE active_from <= ? AND (active_to IS NULL OR active_to >= ?) ORDER BY code")) {
      ps.setDate(1, last);
      ps.setDate(2, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orgs.add(new Org(rs.getLong(1), rs.getString(2), "COMPANY".equals(rs.getString(3))));
        }
      }
    }
    return orgs;
  }

  private static List<PricedLevel> levels(Connection c, YearMonth month) throws SQLException {
    List<PricedLevel> levels = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT l.id, CONCAT(s.code, ' ', l.code),"
        + " s.id, s.area_id, s.financing, s.unit, p.charged_price FROM service_level l"
        + " JOIN service s ON s.id = l.service_id"
        + " LEFT JOIN (" + PriceBook.table(Scope.PUBLISHED) + ") p"
        + " ON p.level_id = l.id")) {
      PriceBook.bind(ps, 1, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          levels.add(new PricedLevel(rs.getLong(1), rs.getString(2), rs.getLong(3),
              rs.getLong(4), "ALWAYS_CHARGED".equals(rs.getString(5)),
              "FIXED_MONTHLY".equals(rs.getString(6)), rs.getBigDecimal(7)));
        }
      }
    }
    return levels;
  }

  private static List<Quantity> consumption(Connection c, Date first) throws SQLException {
    List<Quantity> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(CONSUMPTION_SUM)) {
      ps.setDate(1, first);
      ps.setDate(2, first);
      ps.setDate(3, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Quantity(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
        }
      }
    }
    return rows;
  }

  private static List<Quantity> subscriptions(Connection c, Date first, Date last)
      throws SQLException {
    List<Quantity> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT sub.org_id, sub.level_id,"
        + " SUM(sub.quantity) FROM subscription sub JOIN service s ON s.id = sub.service_id"
        + " WHERE s.unit = 'FIXED_MONTHLY' AND sub.valid_from <= ?"
        + " AND (sub.valid_to IS NULL OR sub.valid_to >= ?) GROUP BY sub.org_id, sub.level_id")) {
      ps.setDate(1, last);
      ps.setDate(2, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Quantity(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
        }
      }
    }
    return rows;
  }

  private static List<Pool> pools(Connection c, Date first) throws SQLException {
    Map<Long, BigDecimal> costs = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT pc.pool_id, SUM(pc.amount)"
        + " FROM pool_cost pc WHERE pc.period = ? AND pc.batch_id IN (SELECT b.id FROM"
        + " import_batch b WHERE b.kind = 'POOL_COST' AND b.status = 'ACTIVE'"
        + " AND b.period_from <= ? AND b.period_to >= ?) GROUP BY pc.pool_id")) {
      ps.setDate(1, first);
      ps.setDate(2, first);
      ps.setDate(3, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          costs.put(rs.getLong(1), rs.getBigDecimal(2));
        }
      }
    }
    Map<Long, Set<Long>> chosen = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT pool_id, service_id FROM cost_pool_service");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        chosen.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
      }
    }
    Map<Long, Set<Long>> pooledByArea = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT area_id, id FROM service WHERE financing = 'POOLED'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        pooledByArea.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
      }
    }
    Map<Long, Map<Long, BigDecimal>> shares = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT pool_id, org_id, percent FROM cost_pool_share");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        shares.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
            .put(rs.getLong(2), rs.getBigDecimal(3));
      }
    }
    List<Pool> pools = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, code, area_id, allocation_key,"
        + " companies_participate FROM cost_pool WHERE active ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        long areaId = rs.getLong(3);
        Set<Long> services = chosen.containsKey(id) ? chosen.get(id)
            : pooledByArea.getOrDefault(areaId, Set.of());
        pools.add(new Pool(id, rs.getString(2), areaId, AllocationKey.valueOf(rs.getString(4)),
            rs.getBoolean(5), services,
            Amount.of(costs.getOrDefault(id, BigDecimal.ZERO.setScale(2))),
            shares.getOrDefault(id, Map.of())));
      }
    }
    return pools;
  }

  /** Each org's latest key values on or before the month (key values carry forward). */
  private static Map<Long, KeyValues> keyValues(Connection c, Date first) throws SQLException {
    Map<Long, KeyValues> values = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.org_id, k.headcount, k.fte,"
        + " k.turnover FROM org_key_value k WHERE k.period = (SELECT MAX(k2.period)"
        + " FROM org_key_value k2 WHERE k2.org_id = k.org_id AND k2.period <= ?)")) {
      ps.setDate(1, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal headcount = rs.getObject(2) == null ? null
              : BigDecimal.valueOf(rs.getLong(2));
          values.put(rs.getLong(1), new KeyValues(rs.getLong(1), headcount,
              rs.getBigDecimal(3), rs.getBigDecimal(4)));
        }
      }
    }
    return values;
  }
}
