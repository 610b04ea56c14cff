package se.tjanstekatalog.consumption.control;

import jakarta.annotation.security.PermitAll;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.ForbiddenException;

/**
 * A month's stored consumption and pool costs, summed in SQL over the active imports: per
 * org (rows, value at the month's charged prices, HALF_UP per line) and per service level.
 * VIEWER and ORG_FINANCE see their own org only.
 */
@Stateless
@PermitAll
public class ConsumptionQueries {
  @Inject @TenantDatabase DataSource dataSource;

  @Inject CurrentCaller caller;

  /** One org's or one level's sum for the month. */
  public record Line(String code, String name, String detail, String unit, long rows,
      BigDecimal quantity, BigDecimal amount) implements Serializable {}

  public record PoolLine(String code, String name, long rows, BigDecimal amount)
      implements Serializable {}

  /** The month's totals as the overview page shows them. */
  public record Month(YearMonth period, String status, List<Line> perOrg, List<Line> perLevel,
      List<PoolLine> pools, long rows, BigDecimal amount) implements Serializable {}

  /** The latest month that has active consumption, if any. */
  public Optional<YearMonth> latestPeriod() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(period_to) FROM import_batch"
            + " WHERE status = 'ACTIVE' AND kind = 'CONSUMPTION'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Date d = rs.getDate(1);
      return d == null ? Optional.empty() : Optional.of(YearMonth.from(d.toLocalDate()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Month month(YearMonth period) {
    Long org = caller.seesAllOrgs() ? null : caller.info().getOrgId();
    if (!caller.seesAllOrgs() && org == null) {
      return new Month(period, PeriodStatus.OPEN.name(), List.of(), List.of(), List.of(), 0,
          BigDecimal.ZERO);
    }
    // c: the rows grouped by org, level and quantity, n rows each (ConsumptionRowGroups)
    String sql = "SELECT c.org_id, o.code, o.name, c.level_id, s.code, s.name, l.name, s.unit,"
        + " SUM(c.n), SUM(c.quantity * c.n), SUM(ROUND(c.quantity * p.charged_price, 2) * c.n),"
        + " MAX(p.charged_price IS NULL)"
        + " FROM " + ConsumptionRowGroups.of(ConsumptionRowGroups.ACTIVE) + " c"
        + " JOIN org_unit o ON o.id = c.org_id"
        + " JOIN service_level l ON l.id = c.level_id JOIN service s ON s.id = l.service_id"
        + " LEFT JOIN (" + PriceBook.table(Scope.ALL) + ") p ON p.level_id = c.level_id"
        + (org == null ? "" : " WHERE c.org_id = ?")
        + " GROUP BY c.org_id, o.code, o.name, c.level_id, s.code, s.name, l.name, s.unit";
    Map<String, Line> perOrg = new LinkedHashMap<>();
    Map<String, Line> perLevel = new LinkedHashMap<>();
    long rows = 0;
    BigDecimal amount = BigDecimal.ZERO;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = ConsumptionRowGroups.bindActive(ps, 1, period);
        i = PriceBook.bind(ps, i, period);
        if (org != null) {
          ps.setLong(i, org);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long n = rs.getLong(9);
            BigDecimal q = rs.getBigDecimal(10);
            BigDecimal a = rs.getBigDecimal(11);
            rows += n;
            amount = a == null ? amount : amount.add(a);
            perOrg.merge(rs.getString(2), new Line(rs.getString(2), rs.getString(3), "", "", n,
                null, a == null ? BigDecimal.ZERO : a), ConsumptionQueries::add);
            String levelKey = rs.getString(5) + "|" + rs.getString(7);
            perLevel.merge(levelKey, new Line(rs.getString(5), rs.getString(6), rs.getString(7),
                "unit." + rs.getString(8), n, q, a), ConsumptionQueries::add);
          }
        }
      }
      List<PoolLine> pools = pools(c, period);
      String status = LedgerPeriods.status(c, period).name();
      List<Line> orgs = new ArrayList<>(perOrg.values());
      orgs.sort(java.util.Comparator.comparing(Line::code));
      List<Line> levels = new ArrayList<>(perLevel.values());
      levels.sort(java.util.Comparator.comparing(Line::code).thenComparing(Line::detail));
      return new Month(period, status, orgs, levels, pools, rows, amount);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read consumption for " + period, e);
    }
  }

  private static Line add(Line a, Line b) {
    return new Line(a.code(), a.name(), a.detail(), a.unit(), a.rows() + b.rows(),
        a.quantity() == null ? null : a.quantity().add(b.quantity()),
        a.amount() == null || b.amount() == null ? a.amount() == null ? b.amount() : a.amount()
            : a.amount().add(b.amount()));
  }

  /** The month's pool costs per pool (active imports), by pool code. */
  public List<PoolLine> pools(YearMonth period) {
    try (Connection c = dataSource.getConnection()) {
      return pools(c, period);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read pool costs for " + period, e);
    }
  }

  private static List<PoolLine> pools(Connection c, YearMonth period) throws SQLException {
    List<PoolLine> pools = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT p.code, p.name, COUNT(pc.id),"
        + " SUM(pc.amount) FROM pool_cost pc JOIN cost_pool p ON p.id = pc.pool_id"
        + " WHERE pc.period = ? AND pc.batch_id IN (SELECT id FROM import_batch"
        + " WHERE kind = 'POOL_COST' AND status = 'ACTIVE') GROUP BY p.code, p.name"
        + " ORDER BY p.code")) {
      ps.setDate(1, Date.valueOf(period.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pools.add(new PoolLine(rs.getString(1), rs.getString(2), rs.getLong(3),
              rs.getBigDecimal(4)));
        }
      }
    }
    return pools;
  }

  /** One org's use of one service level in the month, for the read API. */
  public record UsageRow(String org, String orgName, String service, String serviceName,
      String level, String levelName, String unit, long rows, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal amount) {}

  /** A page of usage rows and how many there are in all. */
  public record UsagePage(long total, List<UsageRow> rows) {}

  /**
   * The month's consumption per org, service and level (active imports), ordered by org,
   * service and level, paged in SQL. The same scope as the overview page: VIEWER and
   * ORG_FINANCE get their own org; naming another org is refused (403). {@code orgCode} and
   * {@code serviceCode} narrow the rows (null: all).
   */
  public UsagePage usage(YearMonth period, String orgCode, String serviceCode, long offset,
      int size) {
    String org = orgCode == null || orgCode.isBlank() ? null : orgCode.strip();
    if (!caller.seesAllOrgs()) {
      String own = caller.info().getOrgCode();
      if (own == null || (org != null && !org.equalsIgnoreCase(own))) {
        throw new ForbiddenException("error.otherOrg");
      }
      org = own;
    }
    // c: the rows grouped by org, level and quantity, n rows each (ConsumptionRowGroups)
    String from = " FROM " + ConsumptionRowGroups.of(ConsumptionRowGroups.ACTIVE) + " c"
        + " JOIN org_unit o ON o.id = c.org_id"
        + " JOIN service_level l ON l.id = c.level_id JOIN service s ON s.id = l.service_id"
        + " LEFT JOIN (" + PriceBook.table(Scope.ALL) + ") p ON p.level_id = c.level_id"
        + " WHERE TRUE"
        + (org == null ? "" : " AND o.code = ?")
        + (serviceCode == null || serviceCode.isBlank() ? "" : " AND s.code = ?")
        + " GROUP BY o.code, o.name, s.code, s.name, l.code, l.name, s.unit, p.charged_price";
    String select = "SELECT o.code, o.name, s.code, s.name, l.code, l.name, s.unit, SUM(c.n),"
        + " SUM(c.quantity * c.n), p.charged_price,"
        + " SUM(ROUND(c.quantity * p.charged_price, 2) * c.n)";
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1" + from
          + ") t")) {
        bindUsage(ps, period, org, serviceCode);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<UsageRow> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(select + from
          + " ORDER BY o.code, s.code, l.code LIMIT ? OFFSET ?")) {
        int i = bindUsage(ps, period, org, serviceCode);
        ps.setInt(i++, size);
        ps.setLong(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new UsageRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getLong(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11)));
          }
        }
      }
      return new UsagePage(total, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read consumption for " + period, e);
    }
  }

  private static int bindUsage(PreparedStatement ps, YearMonth period, String org,
      String serviceCode) throws SQLException {
    int i = ConsumptionRowGroups.bindActive(ps, 1, period);
    i = PriceBook.bind(ps, i, period);
    if (org != null) {
      ps.setString(i++, org);
    }
    if (serviceCode != null && !serviceCode.isBlank()) {
      ps.setString(i++, serviceCode.strip());
    }
    return i;
  }
}
