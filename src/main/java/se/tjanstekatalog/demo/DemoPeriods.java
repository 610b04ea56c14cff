package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.ledger.control.LineKey;
import se.tjanstekatalog.ledger.domain.LineLabel;

/**
 * The demo year as the finance chiefs would find it on a late November day: January to
 * October reviewed by every org and locked (so their SIE files can be exported), November
 * preliminary with a few orgs approved, one question still open and the rest not yet
 * answered, December open. Runs after the demo months are computed; written with plain JDBC
 * because there is no caller at start-up (the steps are the ones the workflow records).
 *
 * <p>Off with {@code tk.demo.closed-months=false} (environment {@code
 * TK_DEMO_CLOSED_MONTHS=false}): the container tests share one demo database and write into its
 * months, which locked months would refuse.
 */
@ApplicationScoped
public class DemoPeriods {
  private static final Logger LOG = Logger.getLogger(DemoPeriods.class.getName());
  static final int LAST_LOCKED_MONTH = 10;
  static final YearMonth PRELIMINARY = DemoConsumption.YEAR.atMonth(11);
  /** The orgs that approved November before the demo's "today". */
  static final List<String> NOVEMBER_APPROVED = List.of("SLK", "SF", "MF", "KF", "SNAB");
  /** The org whose question on November is still open. */
  static final String NOVEMBER_QUESTION = "SBK";
  private static final String CONTROLLER = "it";
  /** The demo's clock times are office hours in Sweden, whatever the server's zone. */
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject @TenantDatabase DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "tk.demo.closed-months", defaultValue = "true")
  boolean closedMonths;

  @Transactional
  void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000)
      Bootstrap.SchemaReady ready) {
    if (!demo || !closedMonths) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (DemoConsumption.count(c, "SELECT COUNT(*) FROM period_transition") > 0
          || DemoConsumption.count(c, "SELECT COUNT(*) FROM costing_run WHERE period = '"
              + PRELIMINARY.atDay(1) + "'") == 0) {
        return;
      }
      long t0 = System.nanoTime();
      for (int m = 1; m <= LAST_LOCKED_MONTH; m++) {
        closeMonth(c, DemoConsumption.YEAR.atMonth(m));
      }
      november(c);
      LOG.info(() -> "Demo periods: 2026-01 to 2026-" + LAST_LOCKED_MONTH
          + " locked, 2026-11 preliminary, in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the demo periods' states", e);
    }
  }

  /** Preliminary on the 3rd of the next month, approved by every org, reviewed, locked. */
  private static void closeMonth(Connection c, YearMonth month) throws SQLException {
    YearMonth next = month.plusMonths(1);
    step(c, month, "OPEN", "PRELIMINARY", at(next, 3, 8, 30));
    List<String> orgs = orgsWithLines(c, month);
    for (int i = 0; i < orgs.size(); i++) {
      boolean asked = month.getMonthValue() == 9 && "GSF".equals(orgs.get(i));
      approve(c, month, orgs.get(i), asked ? at(next, 5, 15, 5)
          : at(next, 4 + i % 4, 9 + i % 7, 10 + 3 * i % 50));
    }
    if (month.getMonthValue() == 9) {
      answeredQuestion(c, month, next);
    }
    step(c, month, "PRELIMINARY", "REVIEWED", at(next, 9, 15, 0));
    try (PreparedStatement ps = c.prepareStatement("CALL tk_lock_period(?, ?)")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setString(2, CONTROLLER);
      ps.execute();
    }
    record(c, month, "REVIEWED", "LOCKED", at(next, 10, 10, 0));
  }

  /** September: Grundskoleförvaltningen asked about its mobiles, the controller answered. */
  private static void answeredQuestion(Connection c, YearMonth month, YearMonth next)
      throws SQLException {
    Line line = line(c, month, "GSF", "KOM-MOBIL");
    long thread = thread(c, month, "GSF", line, "ekonom.gsf", at(next, 4, 10, 5));
    message(c, thread, "ekonom.gsf", at(next, 4, 10, 5), "Mobilabonnemangen ökade i september."
        + " Stämmer antalet, eller har skolstarten räknats två gånger?");
    message(c, thread, CONTROLLER, at(next, 5, 13, 40), "Antalet stämmer med beställningarna:"
        + " nya medarbetare fick tjänstemobil vid skolstarten och debiteras från september.");
    try (PreparedStatement ps = c.prepareStatement("UPDATE line_comment SET status = 'CLOSED',"
        + " closed_by = ?, closed_at = ? WHERE id = ?")) {
      ps.setString(1, CONTROLLER);
      ps.setTimestamp(2, at(next, 5, 13, 41));
      ps.setLong(3, thread);
      ps.executeUpdate();
    }
  }

  /** November: preliminary, a few approvals, one open question, the rest not yet answered. */
  private static void november(Connection c) throws SQLException {
    YearMonth month = PRELIMINARY;
    step(c, month, "OPEN", "PRELIMINARY", at(month, 20, 8, 30));
    List<String> orgs = orgsWithLines(c, month);
    int i = 0;
    for (String org : NOVEMBER_APPROVED) {
      if (orgs.contains(org)) {
        approve(c, month, org, at(month, 21 + i % 3, 9 + i, 15));
        i++;
      }
    }
    Line line = line(c, month, NOVEMBER_QUESTION, "INF-LAGR");
    String asker = financeUser(NOVEMBER_QUESTION);
    long thread = thread(c, month, NOVEMBER_QUESTION, line, asker, at(month, 23, 14, 12));
    message(c, thread, asker, at(month, 23, 14, 12), "Vi känner inte igen lagringsvolymen –"
        + " vi har inte beställt mer utrymme. Kan ni kontrollera underlaget?");
  }

  // ---- steps

  private static void step(Connection c, YearMonth month, String from, String to,
      Timestamp when) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE period SET status = ?,"
        + " changed_by = ?, changed_at = ?, version = version + 1"
        + " WHERE period = ? AND status = ?")) {
      ps.setString(1, to);
      ps.setString(2, CONTROLLER);
      ps.setTimestamp(3, when);
      ps.setDate(4, Date.valueOf(month.atDay(1)));
      ps.setString(5, from);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("The demo month " + month + " is not " + from);
      }
    }
    record(c, month, from, to, when);
  }

  private static void record(Connection c, YearMonth month, String from, String to,
      Timestamp when) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_transition (period,"
        + " from_status, to_status, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setString(2, from);
      ps.setString(3, to);
      ps.setString(4, CONTROLLER);
      ps.setTimestamp(5, when);
      ps.executeUpdate();
    }
  }

  private static void approve(Connection c, YearMonth month, String org, Timestamp when)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement_approval (period,"
        + " org_id, approved_by, approved_at) SELECT ?, id, ?, ? FROM org_unit WHERE code = ?")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setString(2, financeUser(org));
      ps.setTimestamp(3, when);
      ps.setString(4, org);
      ps.executeUpdate();
    }
  }

  private record Line(long orgId, String key, String label) {}

  /** The org's binding line of the service (the first level found). */
  private static Line line(Connection c, YearMonth month, String org, String service)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT r.org_id, r.model, r.area_id,"
        + " r.service_id, r.level_id, r.pool_id, r.source, a.name AS area_name,"
        + " s.name AS service_name, l.name AS level_name"
        + " FROM result_line r JOIN org_unit o ON o.id = r.org_id"
        + " JOIN service_area a ON a.id = r.area_id JOIN service s ON s.id = r.service_id"
        + " LEFT JOIN service_level l ON l.id = r.level_id"
        + " WHERE r.period = ? AND o.code = ? AND s.code = ? AND r.binding = TRUE"
        + " ORDER BY r.line_no LIMIT 1")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setString(2, org);
      ps.setString(3, service);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No " + service + " line for " + org + " in " + month);
        }
        return new Line(rs.getLong("org_id"), LineKey.of(rs), LineLabel.of(
            rs.getString("area_name"), rs.getString("service_name"), rs.getString("level_name"),
            null));
      }
    }
  }

  private static long thread(Connection c, YearMonth month, String org, Line line, String who,
      Timestamp when) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO line_comment (period, org_id,"
        + " line_key, line_label, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setLong(2, line.orgId());
      ps.setString(3, line.key());
      ps.setString(4, line.label());
      ps.setString(5, who);
      ps.setTimestamp(6, when);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void message(Connection c, long thread, String who, Timestamp when,
      String body) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO comment_message (comment_id,"
        + " author, written_at, body) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, thread);
      ps.setString(2, who);
      ps.setTimestamp(3, when);
      ps.setString(4, body);
      ps.executeUpdate();
    }
  }

  private static List<String> orgsWithLines(Connection c, YearMonth month)
      throws SQLException {
    List<String> orgs = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code FROM org_unit o WHERE EXISTS"
        + " (SELECT 1 FROM result_line r WHERE r.period = ? AND r.org_id = o.id)"
        + " ORDER BY o.code")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          orgs.add(rs.getString(1));
        }
      }
    }
    return orgs;
  }

  /** The demo's ekonomichef of an org (see DemoDataLoader). */
  static String financeUser(String orgCode) {
    return "BOAB".equals(orgCode) ? "ekonom.bostad" : "ekonom." + orgCode.toLowerCase(Locale.ROOT);
  }

  private static Timestamp at(YearMonth month, int day, int hour, int minute) {
    return Timestamp.from(LocalDateTime.of(month.getYear(), month.getMonth(), day, hour, minute)
        .atZone(SWEDEN).toInstant());
  }
}
