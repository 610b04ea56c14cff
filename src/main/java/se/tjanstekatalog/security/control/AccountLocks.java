package se.tjanstekatalog.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import se.tjanstekatalog.security.entity.LoginThrottle;
import se.tjanstekatalog.security.entity.UserRepository;

/**
 * Writes an account's failed logins and lock to {@code login_throttle}, each in its own short
 * transaction with the row locked, so that concurrent failures on any node are all counted.
 */
@ApplicationScoped
public class AccountLocks {
  @Inject UserRepository users;

  /** Counts one failed (or too early) attempt; returns the account's new state. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ThrottlePolicy.State recordFailure(long userId, ThrottlePolicy policy, Instant now,
      String address) {
    LoginThrottle row = users.throttleForUpdate(userId);
    ThrottlePolicy.State before = new ThrottlePolicy.State(row.getFailures(),
        row.getLastFailureAt(), row.getLockedUntil());
    ThrottlePolicy.State after = policy.afterFailure(before, now);
    if (!after.equals(before)) {
      String shortAddress = address == null || address.length() <= 64 ? address
          : address.substring(0, 64);
      row.record(after.failures(), after.lastFailureAt(), after.lockedUntil(), shortAddress);
    }
    return after;
  }

  /** A successful login forgets the account's failures. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSuccess(long userId) {
    users.removeThrottle(userId);
  }
}
