package se.tjanstekatalog.statement.control;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.ledger.control.LineKey;
import se.tjanstekatalog.ledger.control.PeriodRows;
import se.tjanstekatalog.ledger.control.ResultStore;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * The JDBC reads behind the statements, on a caller's connection: one org's or every org's
 * statement of a month in a fixed number of queries (orgs, the month's lines with their pools'
 * key and cost, the comparison months' binding lines, the adjustments booked in the month and
 * those correcting it, the default VAT rate), whatever the number of orgs.
 */
public final class StatementQueries {
  private StatementQueries() {}

  /** An org as the statements name it. */
  public record Org(long id, String code, String name, boolean company) {}

  private static final String LINE_SQL = "SELECT r.period, r.org_id, r.model, r.binding,"
      + " r.area_id, r.service_id, r.level_id, r.pool_id, r.source, a.code, a.name, s.name,"
      + " l.name, p.code, p.name, pr.allocation_key, pr.cost, r.quantity, r.unit_price,"
      + " r.key_value, r.key_total, r.amount, s.vat_rate"
      + " FROM result_line r JOIN service_area a ON a.id = r.area_id"
      + " LEFT JOIN service s ON s.id = r.service_id"
      + " LEFT JOIN service_level l ON l.id = r.level_id"
      + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
      + " LEFT JOIN pool_result pr ON pr.period = r.period AND pr.pool_id = r.pool_id";

  public static Map<String, Org> orgsByCode(Connection c) throws SQLException {
    Map<String, Org> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name, kind FROM org_unit ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(2), new Org(rs.getLong(1), rs.getString(2), rs.getString(3),
            "COMPANY".equals(rs.getString(4))));
      }
    }
    return out;
  }

  /**
   * The statements of a computed month: of {@code only} or, when null, of every org with
   * results or adjustments in the month (by org name). {@code withEffects} also reads the
   * previous month and the same month last year.
   */
  public static List<Statement> statements(Connection c, YearMonth month, Org only,
      boolean withEffects) throws SQLException {
    Map<Long, Org> orgs = new LinkedHashMap<>();
    if (only != null) {
      orgs.put(only.id(), only);
    } else {
      orgsByCode(c).values().forEach(o -> orgs.put(o.id(), o));
    }
    Long orgId = only == null ? null : only.id();
    String status = PeriodRows.status(c, month);
    BigDecimal defaultVat = defaultVatRate(c);
    Map<Long, List<Statement.Line>> lines = lines(c, List.of(month), orgId, false)
        .getOrDefault(month, Map.of());
    Map<Long, List<Statement.Adjustment>> adjustments = adjustments(c, month, orgId);
    Map<Long, List<Statement.LaterCorrection>> corrections = laterCorrections(c, month, orgId);

    YearMonth previous = month.minusMonths(1);
    YearMonth lastYear = month.minusYears(1);
    Set<YearMonth> computed = new HashSet<>();
    Map<YearMonth, Map<Long, List<Statement.Line>>> compare = Map.of();
    if (withEffects) {
      ResultStore.runs(c, lastYear, previous).forEach(r -> computed.add(r.period()));
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m : List.of(previous, lastYear)) {
        if (computed.contains(m)) {
          months.add(m);
        }
      }
      compare = months.isEmpty() ? Map.of() : lines(c, months, orgId, true);
    }
    List<Statement> out = new ArrayList<>();
    for (Org o : orgs.values()) {
      List<Statement.Line> own = lines.getOrDefault(o.id(), List.of());
      List<Statement.Adjustment> adj = adjustments.getOrDefault(o.id(), List.of());
      if (only == null && own.isEmpty() && adj.isEmpty()) {
        continue;
      }
      Effects vsPrevious = null;
      Effects vsLastYear = null;
      if (computed.contains(previous)) {
        vsPrevious = Effects.of(previous,
            compare.getOrDefault(previous, Map.of()).getOrDefault(o.id(), List.of()), own);
      }
      if (computed.contains(lastYear)) {
        vsLastYear = Effects.of(lastYear,
            compare.getOrDefault(lastYear, Map.of()).getOrDefault(o.id(), List.of()), own);
      }
      out.add(new Statement(o.code(), o.name(), o.company(), month, status, own, adj,
          corrections.getOrDefault(o.id(), List.of()), defaultVat, vsPrevious, vsLastYear));
    }
    return out;
  }

  /** Per month and org, the stored lines (binding ones only when {@code bindingOnly}). */
  static Map<YearMonth, Map<Long, List<Statement.Line>>> lines(Connection c,
      List<YearMonth> months, Long orgId, boolean bindingOnly) throws SQLException {
    StringBuilder sql = new StringBuilder(LINE_SQL).append(" WHERE r.period IN (");
    for (int i = 0; i < months.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(")");
    if (orgId != null) {
      sql.append(" AND r.org_id = ?");
    }
    if (bindingOnly) {
      sql.append(" AND r.binding");
    }
    sql.append(" ORDER BY r.period, r.org_id, a.sort_order, a.code, r.binding DESC,"
        + " r.line_no");
    Map<YearMonth, Map<Long, List<Statement.Line>>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 0;
      for (YearMonth m : months) {
        ps.setDate(++i, first(m));
      }
      if (orgId != null) {
        ps.setLong(++i, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          YearMonth m = month(rs.getDate(1));
          String model = rs.getString(3);
          String source = rs.getString(9);
          String key = LineKey.of(model, rs.getLong(5), rs.getObject(6, Long.class),
              rs.getObject(7, Long.class), rs.getObject(8, Long.class), source);
          out.computeIfAbsent(m, x -> new LinkedHashMap<>())
              .computeIfAbsent(rs.getLong(2), x -> new ArrayList<>())
              .add(new Statement.Line(key, model, rs.getBoolean(4), rs.getString(10),
                  rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                  rs.getString(15), rs.getString(16), rs.getBigDecimal(17), source,
                  rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20),
                  rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23)));
        }
      }
    }
    return out;
  }

  /** Adjustments booked in the month, per org. */
  static Map<Long, List<Statement.Adjustment>> adjustments(Connection c, YearMonth month,
      Long orgId) throws SQLException {
    Map<Long, List<Statement.Adjustment>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT j.org_id, j.original_period,"
        + " a.name, j.original_label, j.original_amount, j.amount, j.reason"
        + " FROM adjustment_line j JOIN service_area a ON a.id = j.area_id WHERE j.period = ?"
        + (orgId == null ? "" : " AND j.org_id = ?") + " ORDER BY j.original_period, j.id")) {
      ps.setDate(1, first(month));
      if (orgId != null) {
        ps.setLong(2, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(
              new Statement.Adjustment(month(rs.getDate(2)), rs.getString(3), rs.getString(4),
                  rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)));
        }
      }
    }
    return out;
  }

  /** Adjustments of the month's lines booked in later months, per org. */
  static Map<Long, List<Statement.LaterCorrection>> laterCorrections(Connection c,
      YearMonth month, Long orgId) throws SQLException {
    Map<Long, List<Statement.LaterCorrection>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, period, original_label,"
        + " original_amount, amount, reason FROM adjustment_line WHERE original_period = ?"
        + (orgId == null ? "" : " AND org_id = ?") + " ORDER BY period, id")) {
      ps.setDate(1, first(month));
      if (orgId != null) {
        ps.setLong(2, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(
              new Statement.LaterCorrection(month(rs.getDate(2)), rs.getString(3),
                  rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
        }
      }
    }
    return out;
  }

  /** The accounting settings' VAT rate for lines without a service's own rate. */
  static BigDecimal defaultVatRate(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT default_vat_rate FROM accounting_settings");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getBigDecimal(1) : new BigDecimal("25.00");
    }
  }

  /** Per org, its answer to the month: APPROVED, COMMENTED (open threads) or NONE. */
  static Map<Long, String> approvals(Connection c, YearMonth month) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.id, (SELECT COUNT(*) FROM"
        + " line_comment k WHERE k.period = ? AND k.org_id = o.id AND k.status = 'OPEN'),"
        + " (SELECT COUNT(*) FROM statement_approval s WHERE s.period = ? AND s.org_id = o.id)"
        + " FROM org_unit o")) {
      ps.setDate(1, first(month));
      ps.setDate(2, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getInt(2) > 0 ? "COMMENTED"
              : rs.getInt(3) > 0 ? "APPROVED" : "NONE");
        }
      }
    }
    return out;
  }

  static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }

  static YearMonth month(Date date) {
    return YearMonth.from(date.toLocalDate());
  }
}
