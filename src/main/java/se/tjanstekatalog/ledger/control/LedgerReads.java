package se.tjanstekatalog.ledger.control;

import static se.tjanstekatalog.ledger.control.LedgerPeriods.first;
import static se.tjanstekatalog.ledger.control.LedgerPeriods.month;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.ledger.domain.LineLabel;
import se.tjanstekatalog.ledger.domain.LineSource;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.ledger.domain.ResultLine;
import se.tjanstekatalog.platform.ResultColumns;
import se.tjanstekatalog.shared.Amount;

/**
 * The ledger's one read API over what a month holds: the stored runs ({@code costing_run}),
 * the lines of both models ({@code result_line}) with the names a person reads, the pools'
 * results ({@code pool_result}), the adjustments ({@code adjustment_line}) booked in a month or
 * made to it, and the sums the pages need in SQL (per org, area, model, month, service). Every
 * figure comes back as a named amount of a record, read as stored (no rounding here). Plain
 * JDBC on the caller's connection, like {@link LedgerPeriods}; the EJBs that use it check who
 * may see what.
 */
public final class LedgerReads {
  /** The org of a row (alias {@code o}), as {@link #org(ResultSet)} reads it. */
  private static final String ORG_COLUMNS =
      "o.id AS org_id, o.code AS org_code, o.name AS org_name, o.kind AS org_kind";

  private LedgerReads() {}

  // ---- runs

  /** The stored run of a month: when, by whom, from which inputs, and whether inputs changed. */
  public record Run(YearMonth period, String fingerprint, boolean stale, int lines,
      Amount chargebackTotal, Amount allocationTotal, Amount bindingTotal,
      String computedBy, Instant computedAt, int durationMs) implements Serializable {}

  /** A month with a stored run, its state and whether an input changed since. */
  public record StoredMonth(YearMonth period, PeriodStatus status, boolean stale) {
    public boolean locked() {
      return status == PeriodStatus.LOCKED;
    }
  }

  public static Optional<Run> run(Connection c, YearMonth month) throws SQLException {
    List<Run> runs = runs(c, month, month);
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
  }

  /** The stored runs from {@code from} to {@code to}, oldest first. */
  public static List<Run> runs(Connection c, YearMonth from, YearMonth to) throws SQLException {
    List<Run> runs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period, fingerprint, stale,"
        + " line_count, chargeback_total, allocation_total, binding_total, computed_by,"
        + " computed_at, duration_ms FROM costing_run WHERE period BETWEEN ? AND ?"
        + " ORDER BY period")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(new Run(month(rs.getDate("period")), rs.getString("fingerprint"),
              rs.getBoolean("stale"), rs.getInt("line_count"),
              amount(rs, "chargeback_total"), amount(rs, "allocation_total"),
              amount(rs, "binding_total"), rs.getString("computed_by"),
              rs.getTimestamp("computed_at").toInstant(), rs.getInt("duration_ms")));
        }
      }
    }
    return runs;
  }

  /** Every month with a stored run, oldest first, with its state. */
  public static List<StoredMonth> storedMonths(Connection c) throws SQLException {
    List<StoredMonth> months = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.period, r.stale, p.status"
        + " FROM costing_run r LEFT JOIN period p ON p.period = r.period ORDER BY r.period");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String status = rs.getString("status");
        months.add(new StoredMonth(month(rs.getDate("period")),
            status == null ? PeriodStatus.OPEN : PeriodStatus.valueOf(status),
            rs.getBoolean("stale")));
      }
    }
    return months;
  }

  // ---- lines

  /** An org as the ledger's lines name it. */
  public record LedgerOrg(long id, String code, String name, boolean company) {}

  /**
   * A stored line with the names a person reads. Service, level and pool are null where the
   * line has none; {@code vatRate} is the service's, {@code poolKey} and {@code poolCost} the
   * pool's of the month (null for lines without a pool).
   */
  public record Line(YearMonth period, int lineNo, LedgerOrg org, FinancingModel model,
      boolean binding, long areaId, String areaCode, String areaName, Long serviceId,
      String serviceCode, String serviceName, BigDecimal vatRate, Long levelId,
      String levelCode, String levelName, Long poolId, String poolCode, String poolName,
      AllocationKey poolKey, Amount poolCost, LineSource source, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, Amount amount) {

    /** The line's identity across recomputations (see {@link LineKey}). */
    public String key() {
      return LineKey.of(model.name(), areaId, serviceId, levelId, poolId, source.name());
    }

    /** Area / service / level, or area / pool. */
    public String label() {
      return LineLabel.of(areaName, serviceName, levelName, poolName);
    }
  }

  /** The order lines come in. */
  public enum Order {
    /** Month, then as stored (line_no). */
    STORED(" ORDER BY r.period, r.line_no"),
    /** By org code, then as stored. */
    ORG_CODE(" ORDER BY r.period, o.code, r.line_no"),
    /** As the statement groups them: org, service area, binding first, as stored. */
    AREA(" ORDER BY r.period, r.org_id, a.sort_order, a.code, r.binding DESC, r.line_no");

    private final String sql;

    Order(String sql) {
      this.sql = sql;
    }
  }

  /**
   * Which lines: of the months, of one org (by id or code) or all, binding ones only or
   * both models, in an order.
   */
  public record LineQuery(List<YearMonth> months, Long orgId, String orgCode,
      boolean bindingOnly, Order order) {
    public LineQuery {
      months = List.copyOf(months);
    }

    /** Every line of the month, as stored. */
    public static LineQuery of(YearMonth month) {
      return of(List.of(month));
    }

    /** Every line of the months, as stored. */
    public static LineQuery of(List<YearMonth> months) {
      return new LineQuery(months, null, null, false, Order.STORED);
    }

    /** Only the org's lines (every org's when null). */
    public LineQuery org(Long id) {
      return new LineQuery(months, id, orgCode, bindingOnly, order);
    }

    /** Only the lines of the org with this code. */
    public LineQuery orgCode(String code) {
      return new LineQuery(months, orgId, code, bindingOnly, order);
    }

    /** Only the binding lines when {@code only}. */
    public LineQuery binding(boolean only) {
      return new LineQuery(months, orgId, orgCode, only, order);
    }

    /** Only the binding lines. */
    public LineQuery binding() {
      return binding(true);
    }

    public LineQuery ordered(Order by) {
      return new LineQuery(months, orgId, orgCode, bindingOnly, by);
    }
  }

  private static final String LINE_SQL = "SELECT r.period, r.line_no, " + ORG_COLUMNS
      + ", r.model, r.binding, r.area_id, a.code AS area_code, a.name AS area_name, r.service_id,"
      + " s.code AS service_code, s.name AS service_name, s.vat_rate, r.level_id,"
      + " l.code AS level_code, l.name AS level_name, r.pool_id, p.code AS pool_code,"
      + " p.name AS pool_name, pr.allocation_key AS pool_key, pr.cost AS pool_cost, r.source,"
      + " r.quantity, r.unit_price, r.key_value, r.key_total, r.amount"
      + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
      + " JOIN service_area a ON a.id = r.area_id"
      + " LEFT JOIN service s ON s.id = r.service_id"
      + " LEFT JOIN service_level l ON l.id = r.level_id"
      + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
      + " LEFT JOIN pool_result pr ON pr.period = r.period AND pr.pool_id = r.pool_id";

  /** The stored lines the query asks for, with their names. */
  public static List<Line> lines(Connection c, LineQuery q) throws SQLException {
    List<Line> lines = new ArrayList<>();
    if (q.months().isEmpty()) {
      return lines;
    }
    StringBuilder sql = new StringBuilder(LINE_SQL).append(" WHERE r.period IN (");
    for (int i = 0; i < q.months().size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(")");
    if (q.orgId() != null) {
      sql.append(" AND r.org_id = ?");
    }
    if (q.orgCode() != null) {
      sql.append(" AND o.code = ?");
    }
    if (q.bindingOnly()) {
      sql.append(" AND r.binding");
    }
    sql.append(q.order().sql);
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 0;
      for (YearMonth m : q.months()) {
        ps.setDate(++i, first(m));
      }
      if (q.orgId() != null) {
        ps.setLong(++i, q.orgId());
      }
      if (q.orgCode() != null) {
        ps.setString(++i, q.orgCode());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString("pool_key");
          lines.add(new Line(month(rs.getDate("period")), rs.getInt("line_no"), org(rs),
              FinancingModel.valueOf(rs.getString("model")), rs.getBoolean("binding"),
              rs.getLong("area_id"), rs.getString("area_code"), rs.getString("area_name"),
              ResultColumns.nullableLong(rs, "service_id"), rs.getString("service_code"),
              rs.getString("service_name"), rs.getBigDecimal("vat_rate"),
              ResultColumns.nullableLong(rs, "level_id"), rs.getString("level_code"),
              rs.getString("level_name"), ResultColumns.nullableLong(rs, "pool_id"),
              rs.getString("pool_code"), rs.getString("pool_name"),
              key == null ? null : AllocationKey.valueOf(key), amount(rs, "pool_cost"),
              LineSource.valueOf(rs.getString("source")), rs.getBigDecimal("quantity"),
              rs.getBigDecimal("unit_price"), rs.getBigDecimal("key_value"),
              rs.getBigDecimal("key_total"), amount(rs, "amount")));
        }
      }
    }
    return lines;
  }

  /** The month's stored lines as the engine made them, in their stored order (no names). */
  public static List<ResultLine> resultLines(Connection c, YearMonth month) throws SQLException {
    List<ResultLine> lines = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, model, binding, area_id,"
        + " service_id, level_id, pool_id, source, quantity, unit_price, key_value, key_total,"
        + " amount FROM result_line WHERE period = ? ORDER BY line_no")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(new ResultLine(rs.getLong("org_id"),
              FinancingModel.valueOf(rs.getString("model")), rs.getBoolean("binding"),
              rs.getLong("area_id"), ResultColumns.nullableLong(rs, "service_id"),
              ResultColumns.nullableLong(rs, "level_id"),
              ResultColumns.nullableLong(rs, "pool_id"),
              LineSource.valueOf(rs.getString("source")), rs.getBigDecimal("quantity"),
              rs.getBigDecimal("unit_price"), rs.getBigDecimal("key_value"),
              rs.getBigDecimal("key_total"), amount(rs, "amount")));
        }
      }
    }
    return lines;
  }

  /** The orgs with lines in the month (binding ones when {@code bindingOnly}), by name. */
  public static List<LedgerOrg> orgsWithLines(Connection c, YearMonth month,
      boolean bindingOnly) throws SQLException {
    List<LedgerOrg> orgs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ORG_COLUMNS
        + " FROM org_unit o WHERE EXISTS (SELECT 1 FROM result_line r"
        + " WHERE r.period = ? AND r.org_id = o.id"
        + (bindingOnly ? " AND r.binding" : "") + ") ORDER BY o.name")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orgs.add(org(rs));
        }
      }
    }
    return orgs;
  }

  /** The codes of the orgs, sorted. */
  public static List<String> orgCodes(Connection c, Collection<Long> ids) throws SQLException {
    List<String> codes = new ArrayList<>();
    if (ids.isEmpty()) {
      return codes;
    }
    String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement ps = c.prepareStatement("SELECT code FROM org_unit WHERE id IN ("
        + marks + ") ORDER BY code")) {
      int i = 0;
      for (long id : ids) {
        ps.setLong(++i, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
    }
    return codes;
  }

  // ---- pools

  /** A pool's stored month with its names: cost, key sum, internfakturering revenue. */
  public record PoolResult(long poolId, String code, String name, AllocationKey key,
      Amount cost, BigDecimal keyTotal, Amount revenue, FinancingModel binding) {}

  /** The pools of a stored month, by code. */
  public static List<PoolResult> pools(Connection c, YearMonth month) throws SQLException {
    List<PoolResult> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.code, p.name,"
        + " r.allocation_key, r.cost, r.key_total, r.revenue, r.binding_model"
        + " FROM pool_result r JOIN cost_pool p ON p.id = r.pool_id WHERE r.period = ?"
        + " ORDER BY p.code")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new PoolResult(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
              AllocationKey.valueOf(rs.getString("allocation_key")), amount(rs, "cost"),
              rs.getBigDecimal("key_total"), amount(rs, "revenue"),
              FinancingModel.valueOf(rs.getString("binding_model"))));
        }
      }
    }
    return rows;
  }

  /** The pools' cost and internfakturering revenue. */
  public record PoolTotals(Amount cost, Amount revenue) {}

  /** The cost and revenue of the area's pools over the months, summed. */
  public static PoolTotals poolTotals(Connection c, long areaId, YearMonth from, YearMonth to)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(r.cost), 0) AS cost,"
        + " COALESCE(SUM(r.revenue), 0) AS revenue FROM pool_result r"
        + " JOIN cost_pool p ON p.id = r.pool_id"
        + " WHERE p.area_id = ? AND r.period BETWEEN ? AND ?")) {
      ps.setLong(1, areaId);
      ps.setDate(2, first(from));
      ps.setDate(3, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new PoolTotals(amount(rs, "cost"), amount(rs, "revenue"));
      }
    }
  }

  // ---- adjustments

  /**
   * A correction of one binding line of a locked month ({@code original}), booked in a later
   * month ({@code bookedIn}). {@code originalVatRate} is the corrected line's service's.
   */
  public record Adjustment(long id, YearMonth bookedIn, LedgerOrg org, long areaId,
      String areaName, YearMonth original, int originalLineNo, String originalLineKey,
      String originalLabel, Amount originalAmount, BigDecimal originalVatRate,
      Amount amount, String reason, String createdBy, Instant createdAt) {}

  private static final String ADJUSTMENT_SQL = "SELECT j.id, j.period, " + ORG_COLUMNS
      + ", j.area_id, a.name AS area_name, j.original_period, j.original_line_no,"
      + " j.original_line_key, j.original_label, j.original_amount, s.vat_rate, j.amount,"
      + " j.reason, j.created_by, j.created_at"
      + " FROM adjustment_line j JOIN org_unit o ON o.id = j.org_id"
      + " JOIN service_area a ON a.id = j.area_id"
      + " LEFT JOIN result_line r ON r.period = j.original_period"
      + " AND r.line_no = j.original_line_no LEFT JOIN service s ON s.id = r.service_id";

  /** The adjustments booked in the month (of one org, or all when null), oldest line first. */
  public static List<Adjustment> adjustmentsBookedIn(Connection c, YearMonth month, Long orgId)
      throws SQLException {
    return adjustments(c, " WHERE j.period = ?" + (orgId == null ? "" : " AND j.org_id = ?")
        + " ORDER BY j.original_period, j.id", first(month), orgId);
  }

  /** The adjustments of the month's lines, booked in later months, in booking order. */
  public static List<Adjustment> adjustmentsOf(Connection c, YearMonth original, Long orgId)
      throws SQLException {
    return adjustments(c, " WHERE j.original_period = ?"
        + (orgId == null ? "" : " AND j.org_id = ?") + " ORDER BY j.period, j.id",
        first(original), orgId);
  }

  /** The adjustments booked in, or correcting lines of, the year's months; newest first. */
  public static List<Adjustment> adjustmentsIn(Connection c, int year) throws SQLException {
    return adjustments(c, " WHERE YEAR(j.period) = ? OR YEAR(j.original_period) = ?"
        + " ORDER BY j.created_at DESC, j.id DESC", year, year);
  }

  /** One adjustment, if it still exists. */
  public static Optional<Adjustment> adjustment(Connection c, long id) throws SQLException {
    return adjustments(c, " WHERE j.id = ?", id, null).stream().findFirst();
  }

  private static List<Adjustment> adjustments(Connection c, String where, Object first,
      Object second) throws SQLException {
    List<Adjustment> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(ADJUSTMENT_SQL + where)) {
      ps.setObject(1, first);
      if (second != null) {
        ps.setObject(2, second);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Adjustment(rs.getLong("id"), month(rs.getDate("period")), org(rs),
              rs.getLong("area_id"), rs.getString("area_name"),
              month(rs.getDate("original_period")), rs.getInt("original_line_no"),
              rs.getString("original_line_key"), rs.getString("original_label"),
              amount(rs, "original_amount"), rs.getBigDecimal("vat_rate"),
              amount(rs, "amount"), rs.getString("reason"), rs.getString("created_by"),
              rs.getTimestamp("created_at").toInstant()));
        }
      }
    }
    return out;
  }

  // ---- sums

  /** What the org is charged in the month: its binding lines and the adjustments booked in it. */
  public static Map<Long, Amount> chargedPerOrg(Connection c, YearMonth month)
      throws SQLException {
    Map<Long, Amount> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT x.org_id, SUM(x.amount) AS amount"
        + " FROM (SELECT r.org_id, r.amount FROM result_line r WHERE r.period = ? AND r.binding"
        + " UNION ALL SELECT a.org_id, a.amount FROM adjustment_line a WHERE a.period = ?) x"
        + " GROUP BY x.org_id")) {
      ps.setDate(1, first(month));
      ps.setDate(2, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong("org_id"), amount(rs, "amount"));
        }
      }
    }
    return out;
  }

  /** An org's lines of one area, one model and binding or not, summed over months. */
  public record OrgAreaTotal(LedgerOrg org, long areaId, FinancingModel model, boolean binding,
      Amount amount) {}

  /** A month's lines of one model, binding or not, summed. */
  public record MonthTotal(YearMonth period, FinancingModel model, boolean binding,
      Amount amount) {}

  /** An org's lines of an area under one model, pool shares or not, summed. */
  public record OrgModelTotal(LedgerOrg org, FinancingModel model, boolean pooled,
      Amount amount) {}

  /** Each org's lines of the area over the months per model and pool share, by org code. */
  public static List<OrgModelTotal> areaTotals(Connection c, long areaId, YearMonth from,
      YearMonth to) throws SQLException {
    List<OrgModelTotal> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ORG_COLUMNS
        + ", r.model, r.source = 'POOL' AS pooled,"
        + " SUM(r.amount) AS amount FROM result_line r JOIN org_unit o ON o.id = r.org_id"
        + " WHERE r.area_id = ? AND r.period BETWEEN ? AND ?"
        + " GROUP BY o.id, o.code, o.name, o.kind, r.model, r.source = 'POOL' ORDER BY o.code")) {
      ps.setLong(1, areaId);
      ps.setDate(2, first(from));
      ps.setDate(3, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgModelTotal(org(rs), FinancingModel.valueOf(rs.getString("model")),
              rs.getBoolean("pooled"), amount(rs, "amount")));
        }
      }
    }
    return out;
  }

  /**
   * An org's month: each model's total, each model's binding part, and whether the model was
   * binding for any of its lines.
   */
  public record OrgMonthTotals(LedgerOrg org, YearMonth period, Amount chargeback,
      Amount allocation, Amount bindingChargeback, Amount bindingAllocation,
      boolean chargebackBinding, boolean allocationBinding) {}

  /** A service's CHARGEBACK lines of a month summed: the volume and what it cost. */
  public record ServiceMonthTotal(YearMonth period, long serviceId, String code, String name,
      String areaName, String unit, BigDecimal quantity, Amount amount) {}

  /** An org's binding lines of one service summed over months. */
  public record OrgServiceTotal(long orgId, long serviceId, Amount amount) {}

  /**
   * Per org and service, the binding lines of the months from–to summed: what each org was
   * billed for each service under the model that bound (the utvecklingsplan's billed
   * development costs).
   */
  public static List<OrgServiceTotal> bindingServiceTotals(Connection c, YearMonth from,
      YearMonth to) throws SQLException {
    List<OrgServiceTotal> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.org_id, r.service_id,"
        + " SUM(r.amount) AS amount FROM result_line r WHERE r.period BETWEEN ? AND ?"
        + " AND r.binding AND r.service_id IS NOT NULL GROUP BY r.org_id, r.service_id")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgServiceTotal(rs.getLong(1), rs.getLong(2), amount(rs, "amount")));
        }
      }
    }
    return out;
  }

  /** A money column as an {@link Amount}; null when the column is. */
  /** Every org as the ledger's lines name it, by id. */
  public static Map<Long, LedgerOrg> orgsById(Connection c) throws SQLException {
    Map<Long, LedgerOrg> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ORG_COLUMNS + " FROM org_unit o");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        LedgerOrg org = org(rs);
        out.put(org.id(), org);
      }
    }
    return out;
  }

  /** A service's names as the service totals carry them. */
  public record ServiceNames(String code, String name, String areaName, String unit) {}

  /** Every service's names, by id. */
  public static Map<Long, ServiceNames> servicesById(Connection c) throws SQLException {
    Map<Long, ServiceNames> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, s.name,"
        + " a.name AS area_name, s.unit FROM service s JOIN service_area a ON a.id = s.area_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong("id"), new ServiceNames(rs.getString("code"), rs.getString("name"),
            rs.getString("area_name"), rs.getString("unit")));
      }
    }
    return out;
  }

  private static Amount amount(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : Amount.of(value);
  }

  private static LedgerOrg org(ResultSet rs) throws SQLException {
    return new LedgerOrg(rs.getLong("org_id"), rs.getString("org_code"),
        rs.getString("org_name"), "COMPANY".equals(rs.getString("org_kind")));
  }
}
