package se.tjanstekatalog.notification.control;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code notification} table, the only reader and writer of it: the rows of a step are
 * written on the step's connection (its transaction); the mail sender claims the pending ones
 * after the commit.
 */
public final class NotificationStore {
  /** Attempts before a mail is given up (FAILED); it stays in the portal. */
  static final int MAX_ATTEMPTS = 5;
  /**
   * A claim older than this was abandoned: a round of {@code NotificationMail}'s batch (50)
   * that all hit the SMTP timeouts (5 s connect, 10 s read and write) takes at most about 21
   * minutes. Unclaimed times (mails claimed before changeset 0021) count as abandoned.
   */
  static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(30);

  private NotificationStore() {}

  /** A notification ready to be stored: texts rendered, mailed to {@code mailTo} if not null. */
  public record NewNotification(long userId, String kind, String subject, String body,
      String link, String origin, String mailTo) {}

  /** A stored notification as its user sees it. */
  public record Stored(long id, String kind, String subject, String body, String link,
      Instant createdAt, Instant readAt, String mailStatus) implements Serializable {
    public boolean isUnread() {
      return readAt == null;
    }
  }

  /** A notification claimed for mailing. */
  public record Outgoing(long id, String to, String displayName, String subject, String body,
      String link, String origin, int attempts) {}

  static void insert(Connection c, List<NewNotification> list) throws SQLException {
    if (list.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO notification (user_id, kind,"
        + " subject, body, link, origin, mail_status, mail_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NewNotification n : list) {
        ps.setLong(1, n.userId());
        ps.setString(2, n.kind());
        ps.setString(3, trim(n.subject(), 200));
        ps.setString(4, trim(n.body(), 1000));
        ps.setString(5, trim(n.link(), 300));
        ps.setString(6, n.origin() == null ? null : trim(n.origin(), 200));
        ps.setString(7, n.mailTo() == null ? null : "PENDING");
        ps.setString(8, n.mailTo());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static final String OWN = " FROM notification n JOIN app_user u ON u.id = n.user_id"
      + " WHERE u.username = ?";

  /** The user's newest notifications. */
  static List<Stored> latest(Connection c, String username, int limit) throws SQLException {
    List<Stored> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.kind, n.subject, n.body,"
        + " n.link, n.created_at, n.read_at, n.mail_status" + OWN
        + " ORDER BY n.created_at DESC, n.id DESC LIMIT ?")) {
      ps.setString(1, username);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp read = rs.getTimestamp("read_at");
          list.add(new Stored(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
              rs.getString("body"), rs.getString("link"),
              rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
              rs.getString("mail_status")));
        }
      }
    }
    return list;
  }

  /** How many of the user's notifications are unread. */
  static int unread(Connection c, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + OWN
        + " AND n.read_at IS NULL")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Marks one of the user's notifications (or all: {@code id} null) read. */
  static int markRead(Connection c, String username, Long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE notification SET"
        + " read_at = CURRENT_TIMESTAMP(3) WHERE read_at IS NULL AND user_id ="
        + " (SELECT id FROM app_user WHERE username = ?)" + (id == null ? "" : " AND id = ?"))) {
      ps.setString(1, username);
      if (id != null) {
        ps.setLong(2, id);
      }
      return ps.executeUpdate();
    }
  }

  /**
   * Takes up to {@code limit} mails for this sender (autocommit: one statement): the pending
   * ones, and those another sender claimed more than {@link #ABANDONED_AFTER} ago and never
   * marked (its portal stopped while sending). A round of {@code limit} mails that all time out
   * takes far less than that.
   */
  static List<Outgoing> claim(Connection c, String claim, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE notification SET"
        + " mail_status = 'SENDING', mail_claim = ?, mail_claimed_at = CURRENT_TIMESTAMP(3)"
        + " WHERE mail_status = 'PENDING' OR (mail_status = 'SENDING'"
        + " AND (mail_claimed_at IS NULL"
        + " OR mail_claimed_at < CURRENT_TIMESTAMP(3) - INTERVAL ? MINUTE))"
        + " ORDER BY id LIMIT ?")) {
      ps.setString(1, claim);
      ps.setLong(2, ABANDONED_AFTER.toMinutes());
      ps.setInt(3, limit);
      if (ps.executeUpdate() == 0) {
        return List.of();
      }
    }
    List<Outgoing> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.mail_to, u.display_name,"
        + " n.subject, n.body, n.link, n.origin, n.mail_attempts FROM notification n"
        + " JOIN app_user u ON u.id = n.user_id WHERE n.mail_status = 'SENDING'"
        + " AND n.mail_claim = ? ORDER BY n.id")) {
      ps.setString(1, claim);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getInt(8)));
        }
      }
    }
    return list;
  }

  static void sent(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE notification SET mail_status = 'SENT',"
        + " mail_attempts = mail_attempts + 1, mailed_at = CURRENT_TIMESTAMP(3) WHERE id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  /** A failed attempt: pending again for the next round, or FAILED after the last. */
  static void failed(Connection c, long id, int attempts) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE notification SET mail_status = ?,"
        + " mail_attempts = mail_attempts + 1, mail_claim = NULL WHERE id = ?")) {
      ps.setString(1, attempts + 1 >= MAX_ATTEMPTS ? "FAILED" : "PENDING");
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private static String trim(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
