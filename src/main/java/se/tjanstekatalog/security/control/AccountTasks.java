package se.tjanstekatalog.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.platform.ResultColumns;
import se.tjanstekatalog.shared.Role;

/**
 * What the start page's work queue reads of the accounts (plain JDBC on the caller's
 * connection): every active account with its role, its org's last month and its login lock.
 * Whether one needs an admin is the start page's rule.
 */
public final class AccountTasks {
  private AccountTasks() {}

  /**
   * An active account: its role, its org (null: none) and the org's last month (null: still
   * active), and until when its login is locked (null: not locked).
   */
  public record Account(long id, String username, String displayName, Role role, Long orgId,
      LocalDate orgActiveTo, Instant lockedUntil) {}

  /** Every active account, by user name. */
  public static List<Account> active(Connection c) throws SQLException {
    List<Account> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT u.id, u.username, u.display_name,"
        + " u.role, u.org_id, o.active_to, t.locked_until FROM app_user u"
        + " LEFT JOIN org_unit o ON o.id = u.org_id"
        + " LEFT JOIN login_throttle t ON t.user_id = u.id"
        + " WHERE u.active ORDER BY u.username");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Timestamp locked = rs.getTimestamp(7);
        java.sql.Date to = rs.getDate(6);
        out.add(new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
            Role.valueOf(rs.getString(4)), ResultColumns.nullableLong(rs, 5),
            to == null ? null : to.toLocalDate(),
            locked == null ? null : locked.toInstant()));
      }
    }
    return out;
  }
}
