package se.tjanstekatalog.review.control;

import static se.tjanstekatalog.review.control.ReviewSteps.first;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
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
import javax.sql.DataSource;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.domain.LineLabel;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * Comment threads on a month's statement lines ({@code line_comment} and
 * {@code comment_message}, the only writer of them): an ORG_FINANCE comments on one of its
 * org's binding lines while the month is PRELIMINARY, the IT_CONTROLLER (or the org) answers,
 * the controller closes. A thread is kept by the line's identity ({@code LineKey}), not its
 * line number, which a recompute renumbers; an open thread keeps the month from REVIEWED.
 */
@Stateless
public class CommentThreads {
  private static final int MAX_TEXT = 2000;
  private static final int MAX_LABEL = 600;
  private static final String OPEN = "OPEN";

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject CurrentCaller caller;
  @Inject Event<ReviewEvents.CommentAnswered> answered;

  /** A message of a comment thread: its author's user name and display name (as shown). */
  public record Message(String author, String authorName, Instant writtenAt, String body)
      implements Serializable {}

  /** A comment thread on one statement line. */
  public record Thread(long id, YearMonth period, long orgId, String orgCode, String lineKey,
      String label, String status, String createdBy, Instant createdAt,
      List<Message> messages) implements Serializable {
    public boolean open() {
      return OPEN.equals(status);
    }
  }

  /** A binding statement line with its stable identity and its comment thread, if any. */
  public record ReviewLine(String lineKey, String model, String areaName, String serviceName,
      String levelName, String poolName, String source, BigDecimal quantity,
      BigDecimal unitPrice, Amount amount, Thread thread) implements Serializable {
    public String label() {
      return LineLabel.of(areaName, serviceName, levelName, poolName);
    }

    /**
     * The model's name as the line is charged: a line of solidarisk fördelning that is not a
     * pool share is charged per unit (an ALWAYS_CHARGED service, a service in no pool, a bolag
     * outside the pool), and says so rather than looking like a share.
     */
    public String modelKey() {
      return "ALLOCATION".equals(model) && !"POOL".equals(source) ? "model.ALLOCATION.perUnit"
          : "model." + model;
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
      for (LedgerReads.Line l : bindingLines(c, month, orgId)) {
        lines.add(reviewLine(l, threads.get(l.key())));
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

  /**
   * The caller's org comments on one of its lines; a new thread, or a new message in the
   * line's open thread. Only while PRELIMINARY.
   */
  @RolesAllowed(Role.ORG_FINANCE_NAME)
  public long comment(YearMonth month, String lineKey, String text) {
    long orgId = ReviewSteps.ownOrg(caller);
    try (Connection c = dataSource.getConnection()) {
      return comment(c, month, orgId, lineKey, text, caller.name(), null);
    } catch (SQLException e) {
      throw PeriodTransitions.failed(context, e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /**
   * An answer in a thread: the controller, or the thread's org. Not once the month is locked.
   * Told as {@link ReviewEvents.CommentAnswered}.
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public void reply(long threadId, String text) {
    String body = requireText(text);
    try (Connection c = dataSource.getConnection()) {
      Thread t = thread(c, threadId);
      caller.requireOrg(t.orgId());
      answer(c, t, body, caller.name(), null);
      answered.fire(new ReviewEvents.CommentAnswered(t.id(), t.period(), t.orgId(), t.label(),
          t.createdBy(), caller.name()));
    } catch (SQLException e) {
      throw PeriodTransitions.failed(context, e);
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      throw e;
    }
  }

  /** The controller closes a thread: it no longer keeps the month from REVIEWED. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void close(long threadId) {
    try (Connection c = dataSource.getConnection()) {
      close(c, threadId, caller.name(), null);
    } catch (SQLException e) {
      throw PeriodTransitions.failed(context, e);
    }
  }

  // ---- the control level, on the caller's connection; who and when (null: now) are given

  /**
   * The org comments on one of its binding lines of the month, a PRELIMINARY one: a new
   * thread, or a new message in the line's open thread.
   *
   * @return the thread
   */
  public static long comment(Connection c, YearMonth month, long orgId, String lineKey,
      String text, String who, Instant at) throws SQLException {
    String body = requireText(text);
    ReviewSteps.requirePreliminary(c, month);
    LedgerReads.Line line = bindingLines(c, month, orgId).stream()
        .filter(l -> l.key().equals(lineKey)).findFirst()
        .orElseThrow(() -> new RuleViolationException(new Violation("line",
            "review.noSuchLine")));
    Long threadId = null;
    for (Thread t : threads(c, month, orgId)) {
      if (t.lineKey().equals(lineKey) && t.open()) {
        threadId = t.id();
      }
    }
    if (threadId == null) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO line_comment (period,"
          + " org_id, line_key, line_label, created_by, created_at)"
          + " VALUES (?, ?, ?, ?, ?, COALESCE(?, CURRENT_TIMESTAMP(3)))",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setDate(1, first(month));
        ps.setLong(2, orgId);
        ps.setString(3, lineKey);
        ps.setString(4, trim(reviewLine(line, null).label(), MAX_LABEL));
        ps.setString(5, who);
        ps.setTimestamp(6, timestamp(at));
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          threadId = keys.getLong(1);
        }
      }
    }
    addMessage(c, threadId, body, who, at);
    return threadId;
  }

  /** An answer in an open thread of a month that is not locked. */
  public static void reply(Connection c, long threadId, String text, String who, Instant at)
      throws SQLException {
    String body = requireText(text);
    answer(c, thread(c, threadId), body, who, at);
  }

  /** Closes the thread, unless its month is locked. */
  public static void close(Connection c, long threadId, String who, Instant at)
      throws SQLException {
    Thread t = thread(c, threadId);
    ReviewSteps.requireNotLocked(c, t.period());
    try (PreparedStatement ps = c.prepareStatement("UPDATE line_comment SET status = 'CLOSED',"
        + " closed_by = ?, closed_at = COALESCE(?, CURRENT_TIMESTAMP(3))"
        + " WHERE id = ? AND status = 'OPEN'")) {
      ps.setString(1, who);
      ps.setTimestamp(2, timestamp(at));
      ps.setLong(3, threadId);
      ps.executeUpdate();
    }
  }

  /** Per org, its open threads of the month (orgs without any are left out). */
  static Map<Long, Integer> openPerOrg(Connection c, YearMonth month) throws SQLException {
    Map<Long, Integer> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, COUNT(*) AS open"
        + " FROM line_comment WHERE period = ? AND status = 'OPEN' GROUP BY org_id")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong("org_id"), rs.getInt("open"));
        }
      }
    }
    return out;
  }

  // ---- reading

  private static List<LedgerReads.Line> bindingLines(Connection c, YearMonth month, long orgId)
      throws SQLException {
    return LedgerReads.lines(c, LineQuery.of(month).org(orgId).binding());
  }

  private static ReviewLine reviewLine(LedgerReads.Line l, Thread thread) {
    return new ReviewLine(l.key(), l.model().name(), l.areaName(), l.serviceName(),
        l.levelName(), l.poolName(), l.source().name(), l.quantity(), l.unitPrice(),
        l.amount(), thread);
  }

  private static final String THREAD_SQL = "SELECT k.id, k.period, k.org_id, o.code,"
      + " k.line_key, k.line_label, k.status, k.created_by, k.created_at"
      + " FROM line_comment k JOIN org_unit o ON o.id = k.org_id";

  private static List<Thread> threads(Connection c, YearMonth month, Long orgId)
      throws SQLException {
    Map<Long, Thread> threads = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(THREAD_SQL + " WHERE k.period = ?"
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
          + " m.written_at, m.body, COALESCE(u.display_name, m.author) FROM comment_message m"
          + " JOIN line_comment k ON k.id = m.comment_id"
          + " LEFT JOIN app_user u ON u.username = m.author"
          + " WHERE k.period = ? ORDER BY m.written_at, m.id")) {
        ps.setDate(1, first(month));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Thread t = threads.get(rs.getLong(1));
            if (t != null) {
              t.messages().add(new Message(rs.getString(2), rs.getString(5),
                  rs.getTimestamp(3).toInstant(), rs.getString(4)));
            }
          }
        }
      }
    }
    return new ArrayList<>(threads.values());
  }

  private static Thread thread(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(THREAD_SQL + " WHERE k.id = ?")) {
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
    return new Thread(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()),
        rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getString(8), rs.getTimestamp(9).toInstant(), new ArrayList<>());
  }

  // ---- writing

  private static void answer(Connection c, Thread t, String body, String who, Instant at)
      throws SQLException {
    if (!t.open()) {
      throw new RuleViolationException(new Violation("comment", "review.closed"));
    }
    ReviewSteps.requireNotLocked(c, t.period());
    addMessage(c, t.id(), body, who, at);
  }

  private static void addMessage(Connection c, long threadId, String body, String who,
      Instant at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment_message (comment_id,"
        + " author, written_at, body) VALUES (?, ?, COALESCE(?, CURRENT_TIMESTAMP(3)), ?)")) {
      ps.setLong(1, threadId);
      ps.setString(2, who);
      ps.setTimestamp(3, timestamp(at));
      ps.setString(4, body);
      ps.executeUpdate();
    }
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

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
