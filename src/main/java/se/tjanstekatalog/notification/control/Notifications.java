package se.tjanstekatalog.notification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import se.tjanstekatalog.notification.control.NotificationStore.Stored;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;

/** The caller's own notifications: every role has them; nobody sees another's. */
@Stateless
@PermitAll
public class Notifications {
  /** The page lists the newest this many. */
  public static final int SHOWN = 100;

  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject MailSettings mail;

  /** The caller's newest notifications. */
  public List<Stored> mine() {
    try (Connection c = dataSource.getConnection()) {
      return NotificationStore.latest(c, caller.name(), SHOWN);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the notifications", e);
    }
  }

  /** How many of the caller's notifications are unread (the header's bell). */
  public int unread() {
    try (Connection c = dataSource.getConnection()) {
      return NotificationStore.unread(c, caller.name());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the notifications", e);
    }
  }

  /** Marks one of the caller's notifications read, or all of them ({@code id} null). */
  public int markRead(Long id) {
    try (Connection c = dataSource.getConnection()) {
      return NotificationStore.markRead(c, caller.name(), id);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mark the notifications read", e);
    }
  }

  /** Whether the server can mail at all. */
  public boolean mailConfigured() {
    return mail.configured();
  }
}
