package se.tjanstekatalog.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's failed logins since its last success and the lock they caused; kept in the
 * database so a lock survives a restart and holds on every node. Rows are written only when a
 * login fails, succeeds after failures, or an admin unlocks.
 */
@Entity
@Table(name = "login_throttle")
@NamedQuery(name = LoginThrottle.FIND_LOCKED,
    query = "SELECT t FROM LoginThrottle t WHERE t.lockedUntil > :now")
public class LoginThrottle {
  public static final String FIND_LOCKED = "LoginThrottle.findLocked";

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_address", length = 64)
  private String lastAddress;

  protected LoginThrottle() {}

  public LoginThrottle(long userId) {
    this.userId = userId;
  }

  public Long getUserId() {
    return userId;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getLastAddress() {
    return lastAddress;
  }

  public void record(int failures, Instant lastFailureAt, Instant lockedUntil, String address) {
    this.failures = failures;
    this.lastFailureAt = lastFailureAt;
    this.lockedUntil = lockedUntil;
    this.lastAddress = address;
  }
}
