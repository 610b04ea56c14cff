package se.tjanstekatalog.budget.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.ledger.control.ResultStore;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.shared.Amount;

/**
 * The budgetunderlag's tables (changeset 0020) in plain JDBC: adjusted planned volumes, pool
 * budgets, and published versions with their frozen totals and lines.
 */
public final class BudgetStore {
  private BudgetStore() {}

  /** An adjusted planned volume with who set it and why. */
  public record Adjustment(long orgId, long levelId, BigDecimal volume, String comment,
      String changedBy) {}

  /** A pool's budget for the year set by the controller. */
  public record PoolBudget(long poolId, Amount amount, String comment, String changedBy) {}

  /** A published version. */
  public record Version(long id, int year, int number, String name, LocalDate publishedOn,
      String publishedBy) implements Serializable {}

  public static Map<List<Long>, Adjustment> adjustments(Connection c, int year)
      throws SQLException {
    Map<List<Long>, Adjustment> byKey = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, level_id, volume, comment,"
        + " changed_by FROM budget_volume WHERE budget_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Adjustment a = new Adjustment(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
              rs.getString(4), rs.getString(5));
          byKey.put(List.of(a.orgId(), a.levelId()), a);
        }
      }
    }
    return byKey;
  }

  /** Sets (or replaces) an org's planned volume of a level for the year. */
  public static void saveAdjustment(Connection c, int year, Adjustment a) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_volume (budget_year,"
        + " org_id, level_id, volume, comment, changed_by) VALUES (?, ?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE volume = VALUES(volume), comment = VALUES(comment),"
        + " changed_by = VALUES(changed_by), changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setInt(1, year);
      ps.setLong(2, a.orgId());
      ps.setLong(3, a.levelId());
      ps.setBigDecimal(4, a.volume());
      ps.setString(5, a.comment());
      ps.setString(6, a.changedBy());
      ps.executeUpdate();
    }
  }

  public static Map<Long, PoolBudget> poolBudgets(Connection c, int year) throws SQLException {
    Map<Long, PoolBudget> byPool = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT pool_id, amount, comment, changed_by"
        + " FROM budget_pool WHERE budget_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byPool.put(rs.getLong(1), new PoolBudget(rs.getLong(1), Amount.of(rs.getBigDecimal(2)),
              rs.getString(3), rs.getString(4)));
        }
      }
    }
    return byPool;
  }

  public static void savePoolBudget(Connection c, int year, PoolBudget b) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_pool (budget_year,"
        + " pool_id, amount, comment, changed_by) VALUES (?, ?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE amount = VALUES(amount), comment = VALUES(comment),"
        + " changed_by = VALUES(changed_by), changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setInt(1, year);
      ps.setLong(2, b.poolId());
      ps.setBigDecimal(3, b.amount().value());
      ps.setString(4, b.comment());
      ps.setString(5, b.changedBy());
      ps.executeUpdate();
    }
  }

  /** The year's versions, oldest first. */
  public static List<Version> versions(Connection c, int year) throws SQLException {
    List<Version> versions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, budget_year, version_no, name,"
        + " published_on, published_by FROM budget_version WHERE budget_year = ?"
        + " ORDER BY version_no")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.add(new Version(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
              rs.getDate(5).toLocalDate(), rs.getString(6)));
        }
      }
    }
    return versions;
  }

  /** Every year with a published version, newest first. */
  public static List<Integer> versionYears(Connection c) throws SQLException {
    List<Integer> years = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT DISTINCT budget_year FROM budget_version ORDER BY budget_year DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
    }
    return years;
  }

  /** Stores a new version with its totals and lines; returns it. */
  public static Version publish(Connection c, int year, String name, LocalDate on, String by,
      List<AreaTotal> totals, List<ResultLine> lines) throws SQLException {
    int number = 1;
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version_no), 0) + 1"
        + " FROM budget_version WHERE budget_year = ? FOR UPDATE")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        number = rs.getInt(1);
      }
    }
    long id;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_version (budget_year,"
        + " version_no, name, published_on, published_by) VALUES (?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setInt(1, year);
      ps.setInt(2, number);
      ps.setString(3, name);
      ps.setDate(4, Date.valueOf(on));
      ps.setString(5, by);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_version_total"
        + " (version_id, org_id, area_id, chargeback, allocation, binding_model, switch_month,"
        + " last_chargeback, price_effect, volume_effect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AreaTotal t : totals) {
        ps.setLong(1, id);
        ps.setLong(2, t.orgId());
        ps.setLong(3, t.areaId());
        ps.setBigDecimal(4, t.chargeback().value());
        ps.setBigDecimal(5, t.allocation().value());
        ps.setString(6, t.binding().name());
        ps.setDate(7, t.switchMonth() == null ? null : Date.valueOf(t.switchMonth().atDay(1)));
        ps.setBigDecimal(8, t.lastChargeback().value());
        ps.setBigDecimal(9, t.priceEffect().value());
        ps.setBigDecimal(10, t.volumeEffect().value());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_version_line"
        + " (version_id, line_no, org_id, model, binding, area_id, service_id, level_id,"
        + " pool_id, source, quantity, unit_price, key_value, key_total, amount)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int no = 0;
      for (ResultLine l : lines) {
        ps.setLong(1, id);
        ps.setInt(2, ++no);
        ResultStore.bindLine(ps, 3, l);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new Version(id, year, number, name, on, by);
  }

  /**
   * A frozen line of a version with its names, for reading: model, binding, the area's,
   * service's, level's and pool's names (service, level, pool null where the line has none),
   * quantity × unit price or key value of key total, and the amount.
   */
  public record FrozenLine(long orgId, FinancingModel model, boolean binding, String area,
      String serviceCode, String service, String level, String pool, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, Amount amount)
      implements Serializable {}

  /** A version's frozen lines of one org (every org: null), in their stored order. */
  public static List<FrozenLine> lines(Connection c, long versionId, Long orgId)
      throws SQLException {
    List<FrozenLine> lines = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT l.org_id, l.model, l.binding,"
        + " a.name, s.code, s.name, lv.name, p.name, l.quantity, l.unit_price, l.key_value,"
        + " l.key_total, l.amount FROM budget_version_line l"
        + " JOIN service_area a ON a.id = l.area_id"
        + " LEFT JOIN service s ON s.id = l.service_id"
        + " LEFT JOIN service_level lv ON lv.id = l.level_id"
        + " LEFT JOIN cost_pool p ON p.id = l.pool_id"
        + " WHERE l.version_id = ? AND (? IS NULL OR l.org_id = ?) ORDER BY l.line_no")) {
      ps.setLong(1, versionId);
      ps.setObject(2, orgId);
      ps.setObject(3, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(new FrozenLine(rs.getLong(1), FinancingModel.valueOf(rs.getString(2)),
              rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
              rs.getBigDecimal(11), rs.getBigDecimal(12), Amount.of(rs.getBigDecimal(13))));
        }
      }
    }
    return lines;
  }

  /** A version's frozen totals per org and area. */
  public static List<AreaTotal> totals(Connection c, long versionId) throws SQLException {
    List<AreaTotal> totals = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, area_id, chargeback,"
        + " allocation, binding_model, switch_month, last_chargeback, price_effect,"
        + " volume_effect FROM budget_version_total WHERE version_id = ?"
        + " ORDER BY org_id, area_id")) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date sw = rs.getDate(6);
          totals.add(new AreaTotal(rs.getLong(1), rs.getLong(2), Amount.of(rs.getBigDecimal(3)),
              Amount.of(rs.getBigDecimal(4)), FinancingModel.valueOf(rs.getString(5)),
              sw == null ? null : YearMonth.from(sw.toLocalDate()),
              Amount.of(rs.getBigDecimal(7)), Amount.of(rs.getBigDecimal(8)),
              Amount.of(rs.getBigDecimal(9))));
        }
      }
    }
    return totals;
  }
}
