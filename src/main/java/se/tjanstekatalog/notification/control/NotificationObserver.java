package se.tjanstekatalog.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.MonthMoved;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.notification.control.NotificationStore.NewNotification;
import se.tjanstekatalog.notification.domain.NotificationRules;
import se.tjanstekatalog.notification.domain.NotificationRules.Notice;
import se.tjanstekatalog.notification.domain.NotificationRules.Person;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.review.control.ReviewEvents;
import se.tjanstekatalog.security.control.UserContacts;
import se.tjanstekatalog.shared.Messages;

/**
 * Turns the workflow's events into notifications. While the step's transaction is open, its
 * notifications are written on its connection (one row per user, pending mail where the user
 * wants it), so a step that rolls back leaves none; once it committed, the mail sender is
 * started ({@code during = AFTER_SUCCESS}), so a rolled-back step sends nothing.
 */
@ApplicationScoped
public class NotificationObserver {
  private static final Logger LOG = Logger.getLogger(NotificationObserver.class.getName());

  @Inject @TenantDatabase DataSource dataSource;
  @Inject MailSettings mail;
  @Inject NotificationMail sender;
  @Inject HttpServletRequest request;

  void monthMoved(@Observes MonthMoved e) throws SQLException {
    if (e.to() != PeriodStatus.PRELIMINARY && e.to() != PeriodStatus.LOCKED) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      Map<Long, String> orgs = new LinkedHashMap<>();
      LedgerReads.orgsWithLines(c, e.month(), false).forEach(o -> orgs.put(o.id(), o.code()));
      List<Person> people = people(c);
      store(c, e.to() == PeriodStatus.PRELIMINARY
          ? NotificationRules.preliminary(e.month(), orgs, people, mail.configured())
          : NotificationRules.locked(e.month(), orgs, people, mail.configured()));
    }
  }

  void answered(@Observes ReviewEvents.CommentAnswered e) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      store(c, NotificationRules.answered(e.month(), e.lineLabel(), e.author(), e.by(),
          people(c), mail.configured()));
    }
  }

  void allApproved(@Observes ReviewEvents.AllApproved e) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      store(c, NotificationRules.allApproved(e.month(), e.orgs(), e.openComments(), people(c),
          mail.configured()));
    }
  }

  void withdrawn(@Observes ReviewEvents.ApprovalWithdrawn e) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      store(c, NotificationRules.withdrawn(e.month(), e.orgId(), people(c), mail.configured()));
    }
  }

  // ---- after the commit: mail what the step stored

  void afterMonthMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonthMoved e) {
    send();
  }

  void afterAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS)
      ReviewEvents.CommentAnswered e) {
    send();
  }

  void afterAllApproved(@Observes(during = TransactionPhase.AFTER_SUCCESS)
      ReviewEvents.AllApproved e) {
    send();
  }

  void afterWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS)
      ReviewEvents.ApprovalWithdrawn e) {
    send();
  }

  private void send() {
    if (mail.configured()) {
      sender.sendPending();
    }
  }

  private void store(Connection c, List<Notice> notices) throws SQLException {
    if (notices.isEmpty()) {
      return;
    }
    String origin = origin();
    List<NewNotification> rows = new ArrayList<>();
    for (Notice n : notices) {
      Object[] args = n.args().toArray();
      rows.add(new NewNotification(n.userId(), n.kind().name(),
          Messages.sv(n.subjectKey(), args), Messages.sv(n.bodyKey(), args), n.link(), origin,
          n.mailTo()));
    }
    NotificationStore.insert(c, rows);
    LOG.info(() -> notices.get(0).kind() + ": " + notices.size() + " notifications, "
        + notices.stream().filter(n -> n.mailTo() != null).count() + " to be mailed");
  }

  private static List<Person> people(Connection c) throws SQLException {
    return UserContacts.active(c).stream().map(u -> new Person(u.id(), u.username(),
        u.displayName(), u.role(), u.orgId(), u.email(), u.emailNotifications())).toList();
  }

  /** The portal's address as the step's request came to it, for the mails' links. */
  private String origin() {
    try {
      String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
          || (request.getScheme().equals("https") && request.getServerPort() == 443)
          ? "" : ":" + request.getServerPort();
      return request.getScheme() + "://" + request.getServerName() + port
          + request.getContextPath();
    } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
      return null;
    }
  }
}
