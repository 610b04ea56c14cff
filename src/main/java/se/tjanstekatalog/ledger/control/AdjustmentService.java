package se.tjanstekatalog.ledger.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.ledger.domain.AdjustmentRules;
import se.tjanstekatalog.ledger.domain.LineLabel;
import se.tjanstekatalog.ledger.domain.PeriodStatus;

/**
 * Corrections after locking: the controller books an adjustment of one binding line of a
 * locked month; it lands in the next open month ({@link AdjustmentRules#bookingMonth}) and
 * names the line it corrects. If that month is preliminary, the org's approval of it is
 * withdrawn, as its statement has changed. The database refuses adjustments in locked months
 * (0007-adjustments.xml), so this is not the only guard.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class AdjustmentService {
  private static final Logger LOG = Logger.getLogger(AdjustmentService.class.getName());

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;

  /** An org with binding lines in a month. */
  public record OrgOption(String code, String name) {}

  /** A binding line of a locked month, with what earlier adjustments added to it. */
  public record AdjustableLine(int lineNo, String label, BigDecimal amount, BigDecimal adjusted) {
    public BigDecimal corrected() {
      return amount.add(adjusted);
    }
  }

  /** A booked adjustment as the controller's list shows it. */
  public record Adjustment(long id, YearMonth bookedIn, String bookedInStatus, String orgCode,
      String orgName, YearMonth original, int originalLineNo, String originalLabel,
      BigDecimal originalAmount, BigDecimal amount, String reason, String createdBy,
      Instant createdAt) {
    public boolean removable() {
      return !PeriodStatus.LOCKED.name().equals(bookedInStatus);
    }
  }

  /** Where the adjustment went, and whether the org has to approve that month again. */
  public record Booked(long id, YearMonth bookedIn, boolean approvalWithdrawn) {}

  /** The locked months, newest first. */
  public List<YearMonth> lockedMonths() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT period FROM period WHERE status = 'LOCKED' ORDER BY period DESC")) {
      List<YearMonth> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(YearMonth.from(rs.getDate(1).toLocalDate()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the locked months", e);
    }
  }

  /** The orgs with binding lines in the month. */
  public List<OrgOption> orgs(YearMonth month) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT o.code, o.name FROM org_unit o"
            + " WHERE EXISTS (SELECT 1 FROM result_line r WHERE r.period = ? AND r.org_id = o.id"
            + " AND r.binding) ORDER BY o.name")) {
      ps.setDate(1, first(month));
      List<OrgOption> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgOption(rs.getString(1), rs.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the orgs of " + month, e);
    }
  }

  /** The org's binding lines of the month, each with the adjustments already booked on it. */
  public List<AdjustableLine> lines(YearMonth month, String orgCode) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(LINE_SQL + " ORDER BY r.line_no")) {
      ps.setDate(1, first(month));
      ps.setString(2, orgCode);
      List<AdjustableLine> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AdjustableLine(rs.getInt("line_no"), label(rs), rs.getBigDecimal("amount"),
              rs.getBigDecimal("adjusted")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the lines of " + month, e);
    }
  }

  /** The month an adjustment of a line of {@code original} would be booked in now. */
  public YearMonth bookingMonth(YearMonth original) {
    try (Connection c = dataSource.getConnection()) {
      return bookingMonth(c, original);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the months after " + original, e);
    }
  }

  /** Books the correction of one line of a locked month in the next open month. */
  public Booked book(YearMonth original, String orgCode, int lineNo, BigDecimal amount,
      String reason) {
    try (Connection c = dataSource.getConnection()) {
      String status = PeriodRows.lockForUpdate(c, original);
      List<Violation> problems = new ArrayList<>(AdjustmentRules.problems(status, amount,
          reason));
      if (!problems.isEmpty()) {
        throw new RuleViolationException(withMonth(problems, original));
      }
      Line line = line(c, original, orgCode, lineNo);
      YearMonth target = bookingMonth(c, original);
      String targetStatus = PeriodRows.lockForUpdate(c, target);
      if (!PeriodStatus.OPEN.name().equals(targetStatus)
          && !PeriodStatus.PRELIMINARY.name().equals(targetStatus)) {
        throw new RuleViolationException(new Violation("month", "adjustment.error.targetClosed",
            SwedishFormat.month(target)));
      }
      long id;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjustment_line (period,"
          + " org_id, area_id, original_period, original_line_no, original_line_key,"
          + " original_label, original_amount, amount, reason, created_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setDate(1, first(target));
        ps.setLong(2, line.orgId());
        ps.setLong(3, line.areaId());
        ps.setDate(4, first(original));
        ps.setInt(5, lineNo);
        ps.setString(6, line.key());
        ps.setString(7, trim(line.label(), 600));
        ps.setBigDecimal(8, line.amount());
        ps.setBigDecimal(9, amount.setScale(2));
        ps.setString(10, reason.strip());
        ps.setString(11, caller.name());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      boolean withdrawn = withdrawApproval(c, target, line.orgId());
      LOG.info(() -> "Adjustment " + amount + " of " + orgCode + " " + original + " line "
          + lineNo + " booked in " + target + " by " + caller.name());
      return new Booked(id, target, withdrawn);
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /** The adjustments booked in, or correcting lines of, the year's months; newest first. */
  public List<Adjustment> adjustments(int year) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT a.id, a.period, p.status, o.code,"
            + " o.name, a.original_period, a.original_line_no, a.original_label,"
            + " a.original_amount, a.amount, a.reason, a.created_by, a.created_at"
            + " FROM adjustment_line a JOIN org_unit o ON o.id = a.org_id"
            + " JOIN period p ON p.period = a.period"
            + " WHERE YEAR(a.period) = ? OR YEAR(a.original_period) = ?"
            + " ORDER BY a.created_at DESC, a.id DESC")) {
      ps.setInt(1, year);
      ps.setInt(2, year);
      List<Adjustment> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Adjustment(rs.getLong(1), month(rs.getDate(2)), rs.getString(3),
              rs.getString(4), rs.getString(5), month(rs.getDate(6)), rs.getInt(7),
              rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11),
              rs.getString(12), rs.getTimestamp(13).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the adjustments of " + year, e);
    }
  }

  /** Removes a mistaken adjustment while the month it is booked in is not locked. */
  public void remove(long id) {
    try (Connection c = dataSource.getConnection()) {
      YearMonth bookedIn;
      long orgId;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT period, org_id FROM adjustment_line WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new RuleViolationException(new Violation("adjustment",
                "adjustment.error.gone"));
          }
          bookedIn = month(rs.getDate(1));
          orgId = rs.getLong(2);
        }
      }
      if (PeriodStatus.LOCKED.name().equals(PeriodRows.lockForUpdate(c, bookedIn))) {
        throw new RuleViolationException(new Violation("adjustment",
            "adjustment.error.removeLocked", SwedishFormat.month(bookedIn)));
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjustment_line WHERE id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
      withdrawApproval(c, bookedIn, orgId);
      LOG.info(() -> "Adjustment " + id + " in " + bookedIn + " removed by " + caller.name());
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  // ---- reading

  private static final String LINE_SQL = "SELECT r.line_no, r.org_id, r.model, r.area_id,"
      + " r.service_id, r.level_id, r.pool_id, r.source, r.amount, a.name AS area_name,"
      + " s.name AS service_name, l.name AS level_name, p.name AS pool_name,"
      + " (SELECT COALESCE(SUM(x.amount), 0) FROM adjustment_line x"
      + " WHERE x.original_period = r.period AND x.original_line_no = r.line_no) AS adjusted"
      + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
      + " JOIN service_area a ON a.id = r.area_id"
      + " LEFT JOIN service s ON s.id = r.service_id"
      + " LEFT JOIN service_level l ON l.id = r.level_id"
      + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
      + " WHERE r.period = ? AND o.code = ? AND r.binding";

  private record Line(long orgId, long areaId, String key, String label, BigDecimal amount) {}

  private static Line line(Connection c, YearMonth month, String orgCode, int lineNo)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(LINE_SQL + " AND r.line_no = ?")) {
      ps.setDate(1, first(month));
      ps.setString(2, orgCode);
      ps.setInt(3, lineNo);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new RuleViolationException(new Violation("line", "adjustment.error.noSuchLine",
              SwedishFormat.month(month), orgCode == null ? "" : orgCode));
        }
        return new Line(rs.getLong("org_id"), rs.getLong("area_id"), LineKey.of(rs), label(rs),
            rs.getBigDecimal("amount"));
      }
    }
  }

  private static String label(ResultSet rs) throws SQLException {
    return LineLabel.of(rs.getString("area_name"), rs.getString("service_name"),
        rs.getString("level_name"), rs.getString("pool_name"));
  }

  private static YearMonth bookingMonth(Connection c, YearMonth original) throws SQLException {
    Map<YearMonth, String> states = PeriodRows.statuses(c, original.plusMonths(1),
        original.plusMonths(120));
    return AdjustmentRules.bookingMonth(original, states::get);
  }

  /** The org's statement of a preliminary month changed: its approval no longer holds. */
  private static boolean withdrawApproval(Connection c, YearMonth month, long orgId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement_approval"
        + " WHERE period = ? AND org_id = ?")) {
      ps.setDate(1, first(month));
      ps.setLong(2, orgId);
      return ps.executeUpdate() > 0;
    }
  }

  private static List<Violation> withMonth(List<Violation> problems, YearMonth month) {
    return problems.stream().map(v -> "adjustment.error.notLocked".equals(v.key())
        ? new Violation(v.field(), v.key(), SwedishFormat.month(month)) : v).toList();
  }

  private RuntimeException database(SQLException e) {
    context.setRollbackOnly();
    if (PeriodGuard.isLockedPeriod(e)) {
      return new RuleViolationException(new Violation("month", "adjustment.error.locked"));
    }
    LOG.severe("The adjustment failed in the database: " + e);
    return new IllegalStateException("The adjustment failed in the database", e);
  }

  private static String trim(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static YearMonth month(Date d) {
    return YearMonth.from(d.toLocalDate());
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
