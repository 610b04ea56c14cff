package se.tjanstekatalog.notification.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.notification.control.NotificationStore.Outgoing;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Messages;

/**
 * Mails the pending notifications through the configured SMTP server ({@link MailSettings}),
 * outside any transaction: each one is claimed, sent and marked on its own. Started after a
 * step committed ({@link NotificationObserver}) and once a minute for what an unreachable
 * server left pending (up to {@link NotificationStore#MAX_ATTEMPTS} attempts; then FAILED).
 * Without SMTP settings it does nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationMail {
  private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());
  private static final int BATCH = 50;
  /**
   * Whether a round left mails unsent or could not read them: the timer's cue. True at start,
   * so the first minute sends what a stopped portal left pending or abandoned while sending.
   */
  private static final AtomicBoolean RETRY = new AtomicBoolean(true);

  @Inject @TenantDatabase DataSource dataSource;
  @Inject Tenancy tenancy;
  @Inject MailSettings settings;

  /** Sends what is pending in every kommun, on a worker thread. */
  @Asynchronous
  public void sendPending() {
    sendEverywhere();
  }

  /**
   * What an earlier round could not send: only after a round failed, so the timer takes no
   * connection from the pool while nothing waits (under load the pool is the requests'; LoadIT
   * replays an exhausted pool), and once after start for what a stopped portal left.
   */
  @Schedule(minute = "*", hour = "*", persistent = false)
  void retry() {
    if (RETRY.getAndSet(false)) {
      sendEverywhere();
    }
  }

  /** {@link #sendNow} for each kommun in turn (a timer or worker thread has none of its own). */
  private void sendEverywhere() {
    for (Tenant kommun : tenancy.all()) {
      tenancy.runAs(kommun, () -> {
        sendNow();
      });
    }
  }

  /** Sends what is pending now; returns how many mails went out. */
  public int sendNow() {
    if (!settings.configured()) {
      return 0;
    }
    int sent = 0;
    String claim = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection()) {
      List<Outgoing> batch;
      Session session = null;
      while (!(batch = NotificationStore.claim(c, claim, BATCH)).isEmpty()) {
        if (session == null) {
          session = settings.session();
        }
        for (Outgoing o : batch) {
          try {
            Transport.send(message(session, o));
            NotificationStore.sent(c, o.id());
            sent++;
          } catch (MessagingException | RuntimeException e) {
            NotificationStore.failed(c, o.id(), o.attempts());
            RETRY.set(true);
            LOG.warning("Notification " + o.id() + " not mailed through "
                + settings.describe() + " (attempt " + (o.attempts() + 1) + "): " + e);
          }
        }
      }
    } catch (SQLException e) {
      // Before the schema exists (start-up), or the database is away: the next round sends.
      RETRY.set(true);
      LOG.log(Level.FINE, "Pending notifications not read", e);
    }
    if (sent > 0) {
      int n = sent;
      LOG.info(() -> n + " notifications mailed through " + settings.describe());
    }
    return sent;
  }

  private MimeMessage message(Session session, Outgoing o) throws MessagingException {
    String base = settings.publicUrl().orElse(o.origin() == null ? "" : o.origin());
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(settings.from()));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(o.to()));
    m.setSubject(o.subject(), StandardCharsets.UTF_8.name());
    m.setSentDate(new Date());
    m.setText(Messages.sv("notification.mail.text", o.displayName(), o.body(),
        base + o.link(), base + "/notifications.xhtml"), StandardCharsets.UTF_8.name());
    return m;
  }
}
