package se.tjanstekatalog.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules against guessing passwords, as plain Java with the time passed in, so they are
 * tested without a container: a few failures are free, then each further attempt must wait a
 * growing delay (1 s, 2 s, 4 s… up to a maximum), and after {@code lockAfter} failures the
 * account is locked for {@code lockFor}. An attempt made before its delay has passed is refused
 * without looking at the password and counts as a failure (a client that ignores Retry-After is
 * a script); an attempt refused during a lock counts nothing, so a locked account costs no
 * database writes however hard it is hammered. Failures are forgotten {@code forgetAfter} after
 * the last one, and at a successful login.
 *
 * @param freeFailures failures that may follow each other without delay; after that many, the
 *     next attempt waits {@code firstDelay}
 * @param firstDelay the first delay, doubled with each further failure
 * @param maxDelay the longest delay
 * @param lockAfter failures that lock; 0: never lock (addresses)
 * @param lockFor how long a lock lasts
 * @param forgetAfter quiet time after which failures are forgotten
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay,
    int lockAfter, Duration lockFor, Duration forgetAfter) {

  /** Failures since the last success (or since they were forgotten), and a lock. */
  public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {
    public static final State NONE = new State(0, null, null);

    public boolean lockedAt(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }
  }

  /** Whether an attempt may check its password now; if not, when it may and whether locked. */
  public record Decision(boolean allowed, Instant retryAt, boolean locked) {
    static final Decision ALLOW = new Decision(true, null, false);

    /** Whole seconds to wait, at least 1 (for Retry-After and the message). */
    public long retryAfterSeconds(Instant now) {
      return allowed ? 0 : Math.max(1, (Duration.between(now, retryAt).toMillis() + 999) / 1000);
    }
  }

  public ThrottlePolicy {
    if (freeFailures < 0 || lockAfter < 0 || firstDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("negative throttle setting");
    }
  }

  /** Whether an attempt may go ahead now. */
  public Decision check(State state, Instant now) {
    State s = current(state, now);
    if (s.lockedAt(now)) {
      return new Decision(false, s.lockedUntil(), true);
    }
    Duration delay = delayAfter(s.failures());
    if (!delay.isZero() && s.lastFailureAt() != null) {
      Instant next = s.lastFailureAt().plus(delay);
      if (now.isBefore(next)) {
        return new Decision(false, next, false);
      }
    }
    return Decision.ALLOW;
  }

  /** The state after a failed (or too early) attempt at {@code now}. */
  public State afterFailure(State state, Instant now) {
    State s = current(state, now);
    if (s.lockedAt(now)) {
      return s;
    }
    int failures = s.failures() + 1;
    Instant lockedUntil = lockAfter > 0 && failures >= lockAfter ? now.plus(lockFor) : null;
    return new State(failures, now, lockedUntil);
  }

  /** The wait before the next attempt after this many failures. */
  public Duration delayAfter(int failures) {
    int beyond = failures - freeFailures;
    if (beyond < 0 || firstDelay.isZero()) {
      return Duration.ZERO;
    }
    // 1 s, 2 s, 4 s…; the shift is capped so it cannot overflow.
    Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond, 30));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** The state as it stands at {@code now}: an ended lock and old failures are forgotten. */
  public State current(State state, Instant now) {
    if (state == null) {
      return State.NONE;
    }
    if (state.lockedAt(now)) {
      return state;
    }
    boolean lockEnded = state.lockedUntil() != null;
    boolean quiet = state.lastFailureAt() != null
        && !now.isBefore(state.lastFailureAt().plus(forgetAfter));
    return lockEnded || quiet ? State.NONE : state;
  }
}
