package se.tjanstekatalog.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time login tickets from a shared IT nämnd's kommun into a kommun it serves (table
 * {@code kommun_handoff} in the directory, docs/adr/0007-tenancy.md). A session cookie never
 * crosses host names, so the nämnd's controller, logged in at the host kommun, is sent to the
 * served kommun's own host name with a ticket; that kommun redeems it once, within
 * {@link #VALID_SECONDS}, for a session of the controller's account there. Only the ticket's
 * SHA-256 is stored; expiry and single use are decided by the database's clock and one
 * conditional UPDATE, so two nodes (or two tabs) cannot both redeem a ticket.
 */
@ApplicationScoped
public class HandoffTickets {
  /** How long a ticket may wait between the host and the served kommun. */
  public static final int VALID_SECONDS = 60;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Tenancy tenancy;

  /** Who is handed over, from which kommun to which. */
  public record Ticket(String fromKommun, String toKommun, String username, String displayName,
      String email) {}

  /** Stores a new ticket and answers it (URL-safe, 43 characters); old tickets are removed. */
  public String issue(Ticket t) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (Connection c = tenancy.directoryConnection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM kommun_handoff WHERE expires_at < NOW(3) - INTERVAL 1 HOUR")) {
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO kommun_handoff (ticket_hash,"
          + " from_kommun, to_kommun, username, display_name, email, expires_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, NOW(3) + INTERVAL " + VALID_SECONDS + " SECOND)")) {
        ps.setString(1, hash(token));
        ps.setString(2, t.fromKommun());
        ps.setString(3, t.toKommun());
        ps.setString(4, t.username());
        ps.setString(5, t.displayName());
        ps.setString(6, t.email());
        ps.executeUpdate();
      }
      return token;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store a login ticket", e);
    }
  }

  /**
   * The ticket, used up now, if it is for {@code toKommun}, unused and not expired; empty for
   * anything else (unknown, used, expired, or meant for another kommun).
   */
  public Optional<Ticket> redeem(String token, String toKommun) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    try (Connection c = tenancy.directoryConnection()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE kommun_handoff SET used_at = NOW(3)"
          + " WHERE ticket_hash = ? AND to_kommun = ? AND used_at IS NULL"
          + " AND expires_at > NOW(3)")) {
        ps.setString(1, hash);
        ps.setString(2, toKommun);
        if (ps.executeUpdate() != 1) {
          return Optional.empty();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT from_kommun, to_kommun, username,"
          + " display_name, email FROM kommun_handoff WHERE ticket_hash = ?")) {
        ps.setString(1, hash);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Ticket(rs.getString(1), rs.getString(2),
              rs.getString(3), rs.getString(4), rs.getString(5))) : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a login ticket", e);
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
