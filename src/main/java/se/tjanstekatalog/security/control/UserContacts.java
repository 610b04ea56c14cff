package se.tjanstekatalog.security.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.shared.Role;

/**
 * The active users as a notification needs them: role, org, address and whether they want
 * e-mail. On the caller's connection, so in its transaction.
 */
public final class UserContacts {
  private UserContacts() {}

  /** An active user who can be told something. */
  public record Contact(long id, String username, String displayName, Role role, Long orgId,
      String email, boolean emailNotifications) {}

  /** Every active user, by username. */
  public static List<Contact> active(Connection c) throws SQLException {
    List<Contact> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, username, display_name, role,"
        + " org_id, email, email_notifications FROM app_user WHERE active ORDER BY username");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long org = rs.getLong("org_id");
        list.add(new Contact(rs.getLong("id"), rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")),
            rs.wasNull() ? null : org, rs.getString("email"),
            rs.getBoolean("email_notifications")));
      }
    }
    return list;
  }
}
