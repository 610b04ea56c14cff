package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerReads.LedgerOrg;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.control.StatementReview;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.review.control.CommentThreads;

/**
 * The demo year as the finance chiefs would find it on a late November day: January to
 * October reviewed by every org and locked (so their SIE files can be exported), November
 * preliminary with a few orgs approved, one question still open and the rest not yet
 * answered, December open. Runs after the demo months are computed, through the same steps as
 * the pages (the ledger's {@link PeriodTransitions}, the review's {@link Approvals} and
 * {@link CommentThreads}) at their control level, on this observer's connection: there is no
 * caller at start-up, so each step names its person and its time in the demo's history.
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

  @Inject StatementReview review;

  @Transactional
  void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000)
      Bootstrap.SchemaReady ready) {
    if (!demo || !closedMonths || !ready.home()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (PeriodTransitions.anyRecorded(c) || LedgerReads.run(c, PRELIMINARY).isEmpty()) {
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
  private void closeMonth(Connection c, YearMonth month) throws SQLException {
    YearMonth next = month.plusMonths(1);
    step(c, month, PeriodStatus.PRELIMINARY, at(next, 3, 8, 30));
    List<LedgerOrg> orgs = orgsWithLines(c, month);
    for (int i = 0; i < orgs.size(); i++) {
      boolean asked = month.getMonthValue() == 9 && "GSF".equals(orgs.get(i).code());
      approve(c, month, orgs.get(i), asked ? at(next, 5, 15, 5)
          : at(next, 4 + i % 4, 9 + i % 7, 10 + 3 * i % 50));
    }
    if (month.getMonthValue() == 9) {
      answeredQuestion(c, month, next);
    }
    step(c, month, PeriodStatus.REVIEWED, at(next, 9, 15, 0));
    step(c, month, PeriodStatus.LOCKED, at(next, 10, 10, 0));
  }

  /** September: Grundskoleförvaltningen asked about its mobiles, the controller answered. */
  private static void answeredQuestion(Connection c, YearMonth month, YearMonth next)
      throws SQLException {
    LedgerReads.Line line = line(c, month, "GSF", "KOM-MOBIL");
    long thread = CommentThreads.comment(c, month, line.org().id(), line.key(),
        "Mobilabonnemangen ökade i september."
        + " Stämmer antalet, eller har skolstarten räknats två gånger?", "ekonom.gsf",
        at(next, 4, 10, 5));
    CommentThreads.reply(c, thread, "Antalet stämmer med beställningarna:"
        + " nya medarbetare fick tjänstemobil vid skolstarten och debiteras från september.",
        CONTROLLER, at(next, 5, 13, 40));
    CommentThreads.close(c, thread, CONTROLLER, at(next, 5, 13, 41));
  }

  /** November: preliminary, a few approvals, one open question, the rest not yet answered. */
  private void november(Connection c) throws SQLException {
    YearMonth month = PRELIMINARY;
    step(c, month, PeriodStatus.PRELIMINARY, at(month, 20, 8, 30));
    List<LedgerOrg> orgs = orgsWithLines(c, month);
    int i = 0;
    for (String code : NOVEMBER_APPROVED) {
      for (LedgerOrg org : orgs) {
        if (org.code().equals(code)) {
          approve(c, month, org, at(month, 21 + i % 3, 9 + i, 15));
          i++;
        }
      }
    }
    LedgerReads.Line line = line(c, month, NOVEMBER_QUESTION, "INF-LAGR");
    CommentThreads.comment(c, month, line.org().id(), line.key(),
        "Vi känner inte igen lagringsvolymen –"
        + " vi har inte beställt mer utrymme. Kan ni kontrollera underlaget?",
        financeUser(NOVEMBER_QUESTION), at(month, 23, 14, 12));
  }

  // ---- steps

  /** The controller moves the month, as on the periods page. */
  private void step(Connection c, YearMonth month, PeriodStatus to, Instant when)
      throws SQLException {
    PeriodTransitions.transition(c, review, month, to, null, CONTROLLER, when);
  }

  /** The org's ekonomichef approves its statement, as on the review page. */
  private static void approve(Connection c, YearMonth month, LedgerOrg org, Instant when)
      throws SQLException {
    Approvals.approve(c, month, org.id(), financeUser(org.code()), when);
  }

  /** The org's binding line of the service (the first level found). */
  private static LedgerReads.Line line(Connection c, YearMonth month, String org,
      String service) throws SQLException {
    return LedgerReads.lines(c, LineQuery.of(month).orgCode(org).binding()).stream()
        .filter(l -> service.equals(l.serviceCode())).findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + service + " line for " + org
            + " in " + month));
  }

  /** The orgs with lines in the month, by code. */
  private static List<LedgerOrg> orgsWithLines(Connection c, YearMonth month)
      throws SQLException {
    return LedgerReads.orgsWithLines(c, month, false).stream()
        .sorted(Comparator.comparing(LedgerOrg::code)).toList();
  }

  /** The demo's ekonomichef of an org (see DemoDataLoader). */
  static String financeUser(String orgCode) {
    return "BOAB".equals(orgCode) ? "ekonom.bostad" : "ekonom." + orgCode.toLowerCase(Locale.ROOT);
  }

  private static Instant at(YearMonth month, int day, int hour, int minute) {
    return LocalDateTime.of(month.getYear(), month.getMonth(), day, hour, minute)
        .atZone(SWEDEN).toInstant();
  }
}
