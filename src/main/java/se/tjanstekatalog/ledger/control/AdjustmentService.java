package se.tjanstekatalog.ledger.control;

import static se.tjanstekatalog.ledger.control.LedgerPeriods.first;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.ledger.domain.AdjustmentRules;
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
  @Inject StatementReview review;
  @Inject AuditLog auditLog;

  /** An org with binding lines in a month. */
  public record OrgOption(String code, String name) implements Serializable {}

  /** A binding line of a locked month, with what earlier adjustments added to it. */
  public record AdjustableLine(int lineNo, String label, Amount amount, Amount adjusted)
      implements Serializable {
    public Amount corrected() {
      return amount.plus(adjusted);
    }
  }

  /** A booked adjustment as the controller's list shows it. */
  public record Adjustment(long id, YearMonth bookedIn, String bookedInStatus, String orgCode,
      String orgName, YearMonth original, int originalLineNo, String originalLabel,
      Amount originalAmount, Amount amount, String reason, String createdBy,
      Instant createdAt) implements Serializable {
    public boolean removable() {
      return !PeriodStatus.LOCKED.name().equals(bookedInStatus);
    }
  }

  /** Where the adjustment went, and whether the org has to approve that month again. */
  public record Booked(long id, YearMonth bookedIn, boolean approvalWithdrawn) {}

  /** The locked months, newest first. */
  public List<YearMonth> lockedMonths() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerPeriods.lockedMonths(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the locked months", e);
    }
  }

  /** The orgs with binding lines in the month. */
  public List<OrgOption> orgs(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReads.orgsWithLines(c, month, true).stream()
          .map(o -> new OrgOption(o.code(), o.name())).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the orgs of " + month, e);
    }
  }

  /** The org's binding lines of the month, each with the adjustments already booked on it. */
  public List<AdjustableLine> lines(YearMonth month, String orgCode) {
    try (Connection c = dataSource.getConnection()) {
      Map<Integer, Amount> adjusted = new HashMap<>();
      for (LedgerReads.Adjustment a : LedgerReads.adjustmentsOf(c, month, null)) {
        adjusted.merge(a.originalLineNo(), a.amount(), Amount::plus);
      }
      List<AdjustableLine> out = new ArrayList<>();
      for (LedgerReads.Line l : bindingLines(c, month, orgCode)) {
        out.add(new AdjustableLine(l.lineNo(), l.label(), l.amount(),
            adjusted.getOrDefault(l.lineNo(), NOTHING_ADJUSTED)));
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
      PeriodStatus status = LedgerPeriods.lockForUpdate(c, original);
      List<Violation> problems = new ArrayList<>(AdjustmentRules.problems(status, amount,
          reason));
      if (!problems.isEmpty()) {
        throw new RuleViolationException(withMonth(problems, original));
      }
      LedgerReads.Line line = line(c, original, orgCode, lineNo);
      YearMonth target = bookingMonth(c, original);
      PeriodStatus targetStatus = LedgerPeriods.lockForUpdate(c, target);
      if (targetStatus != PeriodStatus.OPEN && targetStatus != PeriodStatus.PRELIMINARY) {
        throw new RuleViolationException(new Violation("month", "adjustment.error.targetClosed",
            SwedishFormat.month(target)));
      }
      long id;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjustment_line (period,"
          + " org_id, area_id, original_period, original_line_no, original_line_key,"
          + " original_label, original_amount, amount, reason, created_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setDate(1, first(target));
        ps.setLong(2, line.org().id());
        ps.setLong(3, line.areaId());
        ps.setDate(4, first(original));
        ps.setInt(5, lineNo);
        ps.setString(6, line.key());
        ps.setString(7, trim(line.label(), 600));
        ps.setBigDecimal(8, line.amount().value());
        ps.setBigDecimal(9, amount.setScale(2));
        ps.setString(10, reason.strip());
        ps.setString(11, caller.name());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      boolean withdrawn = review.statementChanged(c, target, line.org().id());
      auditLog.record(AuditKind.ADJUSTMENT, target, orgCode, "justering " + id,
          "Justering " + SwedishFormat.kronor(amount) + " av rad " + lineNo + " i "
              + SwedishFormat.month(original) + " för " + orgCode + ", bokförd i "
              + SwedishFormat.month(target) + ": " + reason.strip());
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
    try (Connection c = dataSource.getConnection()) {
      List<LedgerReads.Adjustment> booked = LedgerReads.adjustmentsIn(c, year);
      Map<YearMonth, PeriodStatus> states = booked.isEmpty() ? Map.of()
          : LedgerPeriods.statuses(c,
              booked.stream().map(LedgerReads.Adjustment::bookedIn).min(YearMonth::compareTo)
                  .orElseThrow(),
              booked.stream().map(LedgerReads.Adjustment::bookedIn).max(YearMonth::compareTo)
                  .orElseThrow());
      List<Adjustment> out = new ArrayList<>();
      for (LedgerReads.Adjustment a : booked) {
        out.add(new Adjustment(a.id(), a.bookedIn(), states.get(a.bookedIn()).name(),
            a.org().code(), a.org().name(), a.original(), a.originalLineNo(),
            a.originalLabel(), a.originalAmount(), a.amount(), a.reason(), a.createdBy(),
            a.createdAt()));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the adjustments of " + year, e);
    }
  }

  /** Removes a mistaken adjustment while the month it is booked in is not locked. */
  public void remove(long id) {
    try (Connection c = dataSource.getConnection()) {
      LedgerReads.Adjustment adjustment = LedgerReads.adjustment(c, id).orElseThrow(() ->
          new RuleViolationException(new Violation("adjustment", "adjustment.error.gone")));
      YearMonth bookedIn = adjustment.bookedIn();
      if (LedgerPeriods.lockForUpdate(c, bookedIn) == PeriodStatus.LOCKED) {
        throw new RuleViolationException(new Violation("adjustment",
            "adjustment.error.removeLocked", SwedishFormat.month(bookedIn)));
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjustment_line WHERE id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
      review.statementChanged(c, bookedIn, adjustment.org().id());
      auditLog.record(AuditKind.ADJUSTMENT, bookedIn, adjustment.org().code(), "justering " + id,
          "Justering " + SwedishFormat.kronor(adjustment.amount().value()) + " för "
              + adjustment.org().code() + " i " + SwedishFormat.month(bookedIn) + " borttagen");
      LOG.info(() -> "Adjustment " + id + " in " + bookedIn + " removed by " + caller.name());
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  // ---- reading

  /** What an adjustment adds to a line that has none. */
  private static final Amount NOTHING_ADJUSTED = Amount.ZERO;

  private static List<LedgerReads.Line> bindingLines(Connection c, YearMonth month,
      String orgCode) throws SQLException {
    return orgCode == null ? List.of()
        : LedgerReads.lines(c, LineQuery.of(month).orgCode(orgCode).binding());
  }

  private static LedgerReads.Line line(Connection c, YearMonth month, String orgCode,
      int lineNo) throws SQLException {
    return bindingLines(c, month, orgCode).stream().filter(l -> l.lineNo() == lineNo)
        .findFirst().orElseThrow(() -> new RuleViolationException(new Violation("line",
            "adjustment.error.noSuchLine", SwedishFormat.month(month),
            orgCode == null ? "" : orgCode)));
  }

  private static YearMonth bookingMonth(Connection c, YearMonth original) throws SQLException {
    Map<YearMonth, PeriodStatus> states = LedgerPeriods.statuses(c, original.plusMonths(1),
        original.plusMonths(120));
    return AdjustmentRules.bookingMonth(original, states::get);
  }

  private static List<Violation> withMonth(List<Violation> problems, YearMonth month) {
    return problems.stream().map(v -> "adjustment.error.notLocked".equals(v.key())
        ? new Violation(v.field(), v.key(), SwedishFormat.month(month)) : v).toList();
  }

  private RuntimeException database(SQLException e) {
    context.setRollbackOnly();
    if (LedgerPeriods.isLockGuard(e)) {
      return new RuleViolationException(new Violation("month", "adjustment.error.locked"));
    }
    LOG.severe("The adjustment failed in the database: " + e);
    return new IllegalStateException("The adjustment failed in the database", e);
  }

  private static String trim(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
