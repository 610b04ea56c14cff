package se.tjanstekatalog.review.control;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.ledger.control.LineKey;
import se.tjanstekatalog.ledger.control.PeriodGuard;
import se.tjanstekatalog.ledger.control.PeriodRows;
import se.tjanstekatalog.ledger.control.ResultStore;
import se.tjanstekatalog.ledger.domain.LineLabel;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.ledger.domain.WorkflowRules.Facts;
import se.tjanstekatalog.ledger.domain.WorkflowRules;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The period workflow (OPEN → PRELIMINARY → REVIEWED → LOCKED, every step recorded in
 * period_transition) and the review of a month's statements: approvals per org and comment
 * threads per statement line. Locking goes through tk_lock_period, the only way to lock.
 */
@Stateless
public class PeriodWorkflow {
  private static final Logger LOG = Logger.getLogger(PeriodWorkflow.class.getName());
  private static final int MAX_TEXT = 2000;

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;

  /** One org's answer to a month's statement: APPROVED, COMMENTED (open threads) or NONE. */
  public record OrgReview(long orgId, String code, String name, String state,
      String approvedBy, Instant approvedAt, int openComments) {}

  /** A month on the overview. */
  public record MonthState(YearMonth period, String status, boolean computed, boolean stale,
      List<OrgReview> orgs) {
    public boolean reviewing() {
      return "PRELIMINARY".equals(status) || "REVIEWED".equals(status);
    }

    public long count(String state) {
      return orgs.stream().filter(o -> o.state().equals(state)).count();
    }
  }

  /** One recorded step of the workflow. */
  public record Transition(YearMonth period, String from, String to, String reason,
      String changedBy, Instant changedAt) {}

  /** A message of a comment thread. */
  public record Message(String author, Instant writtenAt, String body) {}

  /** A comment thread on one statement line. */
  public record Thread(long id, YearMonth period, long orgId, String orgCode, String lineKey,
      String label, String status, String createdBy, Instant createdAt,
      List<Message> messages) {
    public boolean open() {
      return "OPEN".equals(status);
    }
  }

  /** A binding statement line with its stable identity and its comment thread, if any. */
  public record ReviewLine(String lineKey, String model, String areaName, String serviceName,
      String levelName, String poolName, String source, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal amount, Thread thread) {
    public String label() {
      return LineLabel.of(areaName, serviceName, levelName, poolName);
    }
  }

  /** Every month of the year with its state, run and, while reviewed, the orgs' answers. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public List<MonthState> overview(int year) {
    try (Connection c = dataSource.getConnection()) {
      YearMonth january = YearMonth.of(year, 1);
      YearMonth december = YearMonth.of(year, 12);
      Map<YearMonth, String> states = PeriodRows.statuses(c, january, december);
      Map<YearMonth, Boolean> staleness = new HashMap<>();
      ResultStore.runs(c, january, december).forEach(r -> staleness.put(r.period(), r.stale()));
      List<MonthState> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = YearMonth.of(year, m);
        String status = states.getOrDefault(month, PeriodRows.OPEN);
        Boolean stale = staleness.get(month);
        List<OrgReview> orgs = "PRELIMINARY".equals(status) || "REVIEWED".equals(status)
            ? orgReviews(c, month) : List.of();
        months.add(new MonthState(month, status, stale != null, Boolean.TRUE.equals(stale),
            orgs));
      }
      return months;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the periods of " + year, e);
    }
  }

  /** The recorded transitions of the year, newest first. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public List<Transition> history(int year) {
    List<Transition> list = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT period, from_status, to_status,"
            + " reason, changed_by, changed_at FROM period_transition"
            + " WHERE period BETWEEN ? AND ? ORDER BY changed_at DESC, id DESC")) {
      ps.setDate(1, first(YearMonth.of(year, 1)));
      ps.setDate(2, first(YearMonth.of(year, 12)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(new Transition(month(rs.getDate(1)), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the history of " + year, e);
    }
  }

  /** The facts the transition rules look at, for the page to ask for an override reason. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public Facts facts(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return facts(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /** Moves the month to {@code to}, or throws with what is in the way. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void transition(YearMonth month, PeriodStatus to, String reason) {
    String why = reason == null || reason.isBlank() ? null : trim(reason.strip(), 1000);
    try (Connection c = dataSource.getConnection()) {
      PeriodStatus from = PeriodStatus.valueOf(PeriodRows.lockForUpdate(c, month));
      Facts facts = facts(c, month);
      List<String> problems = WorkflowRules.problems(from, to, facts, why);
      if (!problems.isEmpty()) {
        List<Violation> violations = new ArrayList<>();
        problems.forEach(p -> violations.add(new Violation("period", p,
            SwedishFormat.month(month), facts.orgs() - facts.approved(), facts.openComments())));
        throw new RuleViolationException(violations);
      }
      if (to == PeriodStatus.REVIEWED && !WorkflowRules.needsOverride(facts)) {
        why = null;
      }
      if (to == PeriodStatus.LOCKED) {
        try (PreparedStatement ps = c.prepareStatement("CALL tk_lock_period(?, ?)")) {
          ps.setDate(1, first(month));
          ps.setString(2, caller.name());
          ps.execute();
        }
      } else {
        try (PreparedStatement ps = c.prepareStatement("UPDATE period SET status = ?,"
            + " changed_by = ?, changed_at = CURRENT_TIMESTAMP(3), version = version + 1"
            + " WHERE period = ? AND status = ?")) {
          ps.setString(1, to.name());
          ps.setString(2, caller.name());
          ps.setDate(3, first(month));
          ps.setString(4, from.name());
          if (ps.executeUpdate() != 1) {
            throw new RuleViolationException(new Violation("period", "workflow.changed",
                SwedishFormat.month(month)));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_transition (period,"
          + " from_status, to_status, reason, changed_by) VALUES (?, ?, ?, ?, ?)")) {
        ps.setDate(1, first(month));
        ps.setString(2, from.name());
        ps.setString(3, to.name());
        ps.setString(4, why);
        ps.setString(5, caller.name());
        ps.executeUpdate();
      }
      LOG.info(() -> "Period " + month + " " + from + " -> " + to + " by " + caller.name());
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /** The month's state, for the review page. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public String status(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return PeriodRows.status(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /** An org's answer to the month's statement. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public OrgReview review(YearMonth month, long orgId) {
    caller.requireOrg(orgId);
    try (Connection c = dataSource.getConnection()) {
      return orgReviews(c, month).stream().filter(o -> o.orgId() == orgId).findFirst()
          .orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read " + month, e);
    }
  }

  /** The org's binding lines of the month with their comment threads. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public List<ReviewLine> lines(YearMonth month, long orgId) {
    caller.requireOrg(orgId);
    try (Connection c = dataSource.getConnection()) {
      Map<String, Thread> threads = new LinkedHashMap<>();
      for (Thread t : threads(c, month, orgId)) {
        threads.putIfAbsent(t.lineKey(), t);
      }
      List<ReviewLine> lines = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(LINE_SQL + " AND r.org_id = ?"
          + " ORDER BY r.line_no")) {
        ps.setDate(1, first(month));
        ps.setLong(2, orgId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String key = LineKey.of(rs);
            lines.add(new ReviewLine(key, rs.getString("model"), rs.getString("area_name"),
                rs.getString("service_name"), rs.getString("level_name"),
                rs.getString("pool_name"), rs.getString("source"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"), threads.get(key)));
          }
        }
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the lines of " + month, e);
    }
  }

  /** Every thread of the month (controller), or of one org. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public List<Thread> threads(YearMonth month, Long orgId) {
    if (orgId == null) {
      if (!caller.seesAllOrgs()) {
        throw new ForbiddenException("error.otherOrg");
      }
    } else {
      caller.requireOrg(orgId);
    }
    try (Connection c = dataSource.getConnection()) {
      return threads(c, month, orgId);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the comments of " + month, e);
    }
  }

  /** The caller's org approves the month's statement; only while PRELIMINARY. */
  @RolesAllowed(Role.ORG_FINANCE_NAME)
  public void approve(YearMonth month) {
    long orgId = ownOrg();
    try (Connection c = dataSource.getConnection()) {
      requirePreliminary(c, month);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement_approval"
          + " (period, org_id, approved_by) SELECT ?, ?, ? FROM DUAL WHERE NOT EXISTS"
          + " (SELECT 1 FROM statement_approval WHERE period = ? AND org_id = ?)")) {
        ps.setDate(1, first(month));
        ps.setLong(2, orgId);
        ps.setString(3, caller.name());
        ps.setDate(4, first(month));
        ps.setLong(5, orgId);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /**
   * The caller's org comments on one of its lines; a new thread, or a new message in the
   * line's open thread. Only while PRELIMINARY.
   */
  @RolesAllowed(Role.ORG_FINANCE_NAME)
  public long comment(YearMonth month, String lineKey, String text) {
    long orgId = ownOrg();
    String body = requireText(text);
    try (Connection c = dataSource.getConnection()) {
      requirePreliminary(c, month);
      ReviewLine line = null;
      try (PreparedStatement ps = c.prepareStatement(LINE_SQL + " AND r.org_id = ?")) {
        ps.setDate(1, first(month));
        ps.setLong(2, orgId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next() && line == null) {
            if (LineKey.of(rs).equals(lineKey)) {
              line = new ReviewLine(lineKey, rs.getString("model"), rs.getString("area_name"),
                  rs.getString("service_name"), rs.getString("level_name"),
                  rs.getString("pool_name"), rs.getString("source"), null, null, null, null);
            }
          }
        }
      }
      if (line == null) {
        throw new RuleViolationException(new Violation("line", "review.noSuchLine"));
      }
      Long threadId = null;
      for (Thread t : threads(c, month, orgId)) {
        if (t.lineKey().equals(lineKey) && t.open()) {
          threadId = t.id();
        }
      }
      if (threadId == null) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO line_comment (period,"
            + " org_id, line_key, line_label, created_by) VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
          ps.setDate(1, first(month));
          ps.setLong(2, orgId);
          ps.setString(3, lineKey);
          ps.setString(4, trim(line.label(), 600));
          ps.setString(5, caller.name());
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            threadId = keys.getLong(1);
          }
        }
      }
      addMessage(c, threadId, body);
      return threadId;
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /** An answer in a thread: the controller, or the thread's org. Not once the month is locked. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public void reply(long threadId, String text) {
    String body = requireText(text);
    try (Connection c = dataSource.getConnection()) {
      Thread t = thread(c, threadId);
      caller.requireOrg(t.orgId());
      if (!t.open()) {
        throw new RuleViolationException(new Violation("comment", "review.closed"));
      }
      if ("LOCKED".equals(PeriodRows.status(c, t.period()))) {
        throw new RuleViolationException(new Violation("comment", "review.locked",
            SwedishFormat.month(t.period())));
      }
      addMessage(c, threadId, body);
    } catch (SQLException e) {
      throw database(e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /** The controller closes a thread: it no longer keeps the month from REVIEWED. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void close(long threadId) {
    try (Connection c = dataSource.getConnection()) {
      Thread t = thread(c, threadId);
      if ("LOCKED".equals(PeriodRows.status(c, t.period()))) {
        throw new RuleViolationException(new Violation("comment", "review.locked",
            SwedishFormat.month(t.period())));
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE line_comment SET status = 'CLOSED',"
          + " closed_by = ?, closed_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'OPEN'")) {
        ps.setString(1, caller.name());
        ps.setLong(2, threadId);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw database(e);
    }
  }

  // ---- reading

  private static final String LINE_SQL = "SELECT r.model, r.area_id, r.service_id,"
      + " r.level_id, r.pool_id, r.source, a.name AS area_name, s.name AS service_name,"
      + " l.name AS level_name, p.name AS pool_name, r.quantity, r.unit_price, r.amount"
      + " FROM result_line r JOIN service_area a ON a.id = r.area_id"
      + " LEFT JOIN service s ON s.id = r.service_id"
      + " LEFT JOIN service_level l ON l.id = r.level_id"
      + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
      + " WHERE r.period = ? AND r.binding = TRUE";

  private static List<OrgReview> orgReviews(Connection c, YearMonth month) throws SQLException {
    List<OrgReview> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.code, o.name,"
        + " a.approved_by, a.approved_at, (SELECT COUNT(*) FROM line_comment k"
        + " WHERE k.period = ? AND k.org_id = o.id AND k.status = 'OPEN')"
        + " FROM org_unit o LEFT JOIN statement_approval a ON a.period = ? AND a.org_id = o.id"
        + " WHERE o.id IN (SELECT DISTINCT r.org_id FROM result_line r WHERE r.period = ?)"
        + " ORDER BY o.name")) {
      ps.setDate(1, first(month));
      ps.setDate(2, first(month));
      ps.setDate(3, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int open = rs.getInt(6);
          String approvedBy = rs.getString(4);
          Timestamp at = rs.getTimestamp(5);
          String state = open > 0 ? "COMMENTED" : approvedBy != null ? "APPROVED" : "NONE";
          list.add(new OrgReview(rs.getLong(1), rs.getString(2), rs.getString(3), state,
              approvedBy, at == null ? null : at.toInstant(), open));
        }
      }
    }
    return list;
  }

  private static Facts facts(Connection c, YearMonth month) throws SQLException {
    Boolean stale = ResultStore.run(c, month).map(ResultStore.Run::stale).orElse(null);
    List<OrgReview> orgs = orgReviews(c, month);
    int approved = (int) orgs.stream().filter(o -> o.approvedBy() != null).count();
    int open = orgs.stream().mapToInt(OrgReview::openComments).sum();
    return new Facts(stale != null, Boolean.TRUE.equals(stale), orgs.size(), approved, open);
  }

  private static List<Thread> threads(Connection c, YearMonth month, Long orgId)
      throws SQLException {
    Map<Long, Thread> threads = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.period, k.org_id, o.code,"
        + " k.line_key, k.line_label, k.status, k.created_by, k.created_at"
        + " FROM line_comment k JOIN org_unit o ON o.id = k.org_id WHERE k.period = ?"
        + (orgId == null ? "" : " AND k.org_id = ?")
        + " ORDER BY k.status DESC, o.name, k.created_at")) {
      ps.setDate(1, first(month));
      if (orgId != null) {
        ps.setLong(2, orgId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          threads.put(rs.getLong(1), thread(rs));
        }
      }
    }
    if (!threads.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT m.comment_id, m.author,"
          + " m.written_at, m.body FROM comment_message m JOIN line_comment k"
          + " ON k.id = m.comment_id WHERE k.period = ? ORDER BY m.written_at, m.id")) {
        ps.setDate(1, first(month));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Thread t = threads.get(rs.getLong(1));
            if (t != null) {
              t.messages().add(new Message(rs.getString(2),
                  rs.getTimestamp(3).toInstant(), rs.getString(4)));
            }
          }
        }
      }
    }
    return new ArrayList<>(threads.values());
  }

  private static Thread thread(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.period, k.org_id, o.code,"
        + " k.line_key, k.line_label, k.status, k.created_by, k.created_at"
        + " FROM line_comment k JOIN org_unit o ON o.id = k.org_id WHERE k.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new RuleViolationException(new Violation("comment", "review.noSuchComment"));
        }
        return thread(rs);
      }
    }
  }

  private static Thread thread(ResultSet rs) throws SQLException {
    return new Thread(rs.getLong(1), month(rs.getDate(2)), rs.getLong(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
        rs.getTimestamp(9).toInstant(), new ArrayList<>());
  }

  // ---- writing

  private void requirePreliminary(Connection c, YearMonth month) throws SQLException {
    if (!"PRELIMINARY".equals(PeriodRows.status(c, month))) {
      throw new RuleViolationException(new Violation("period", "review.notPreliminary",
          SwedishFormat.month(month)));
    }
  }

  private void addMessage(Connection c, long threadId, String body) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment_message (comment_id,"
        + " author, body) VALUES (?, ?, ?)")) {
      ps.setLong(1, threadId);
      ps.setString(2, caller.name());
      ps.setString(3, body);
      ps.executeUpdate();
    }
  }

  private long ownOrg() {
    Long org = caller.info().getOrgId();
    if (org == null) {
      throw new ForbiddenException("error.otherOrg");
    }
    return org;
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException(new Violation("comment", "review.emptyComment"));
    }
    return trim(text.strip(), MAX_TEXT);
  }

  private static String trim(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private RuntimeException database(SQLException e) {
    context.setRollbackOnly();
    if (PeriodGuard.isLockedPeriod(e)) {
      return new RuleViolationException(new Violation("period", "workflow.lockedInDatabase"));
    }
    LOG.severe("The period workflow failed in the database: " + e);
    return new IllegalStateException("The period workflow failed in the database", e);
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }

  private static YearMonth month(Date date) {
    return YearMonth.from(date.toLocalDate());
  }
}
