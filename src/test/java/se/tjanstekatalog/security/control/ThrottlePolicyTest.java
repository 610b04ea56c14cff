package se.tjanstekatalog.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.security.control.ThrottlePolicy.Decision;
import se.tjanstekatalog.security.control.ThrottlePolicy.State;

class ThrottlePolicyTest {
  /** The account defaults: 3 free, 1 s doubling to 60 s, lock after 10 for 15 min. */
  private static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(3, Duration.ofSeconds(1),
      Duration.ofSeconds(60), 10, Duration.ofMinutes(15), Duration.ofMinutes(15));
  /** The address defaults: 20 free, 1 s doubling to 30 s, never locked. */
  private static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, Duration.ofSeconds(1),
      Duration.ofSeconds(30), 0, Duration.ZERO, Duration.ofMinutes(15));

  /** A clock the test moves by hand. */
  private Instant now = Instant.parse("2026-12-03T08:00:00Z");

  private void wait(Duration d) {
    now = now.plus(d);
  }

  @Test
  void theFirstFailuresAreFreeThenTheDelayDoublesUpToItsMaximum() {
    assertEquals(Duration.ZERO, ACCOUNT.delayAfter(2));
    assertEquals(Duration.ofSeconds(1), ACCOUNT.delayAfter(3));
    assertEquals(Duration.ofSeconds(2), ACCOUNT.delayAfter(4));
    assertEquals(Duration.ofSeconds(4), ACCOUNT.delayAfter(5));
    assertEquals(Duration.ofSeconds(32), ACCOUNT.delayAfter(8));
    assertEquals(Duration.ofSeconds(60), ACCOUNT.delayAfter(9));
    assertEquals(Duration.ofSeconds(60), ACCOUNT.delayAfter(5_000), "no overflow");
  }

  @Test
  void anAttemptBeforeTheDelayIsRefusedUntilItHasPassed() {
    State s = State.NONE;
    for (int i = 0; i < 3; i++) {
      assertTrue(ACCOUNT.check(s, now).allowed(), "attempt " + (i + 1));
      s = ACCOUNT.afterFailure(s, now);
    }
    Decision early = ACCOUNT.check(s, now.plusMillis(400));
    assertFalse(early.allowed());
    assertFalse(early.locked());
    assertEquals(now.plusSeconds(1), early.retryAt());
    assertEquals(1, early.retryAfterSeconds(now.plusMillis(400)));
    wait(Duration.ofSeconds(1));
    assertTrue(ACCOUNT.check(s, now).allowed(), "after the delay");
  }

  @Test
  void tenFailuresLockForFifteenMinutesEvenForTheRightPassword() {
    State s = State.NONE;
    for (int i = 0; i < 10; i++) {
      s = ACCOUNT.afterFailure(s, now);
      wait(Duration.ofSeconds(1));
    }
    Instant lockedAt = now.minusSeconds(1);
    Decision d = ACCOUNT.check(s, now);
    assertFalse(d.allowed());
    assertTrue(d.locked());
    assertEquals(lockedAt.plus(Duration.ofMinutes(15)), d.retryAt());
    wait(Duration.ofMinutes(14));
    assertTrue(ACCOUNT.check(s, now).locked(), "still locked after 14 min");
    wait(Duration.ofMinutes(1));
    assertTrue(ACCOUNT.check(s, now).allowed(), "open after 15 min");
    assertEquals(State.NONE, ACCOUNT.current(s, now), "and the failures are forgotten");
  }

  @Test
  void attemptsRefusedForTheDelayCountSoAHammeringScriptIsLockedQuickly() {
    State s = State.NONE;
    int attempts = 0;
    // A script that never waits: every attempt at the same instant.
    while (!ACCOUNT.check(s, now).locked()) {
      s = ACCOUNT.afterFailure(s, now);
      attempts++;
    }
    assertEquals(10, attempts);
  }

  @Test
  void attemptsDuringALockCountNothingAndDoNotExtendIt() {
    State s = State.NONE;
    for (int i = 0; i < 10; i++) {
      s = ACCOUNT.afterFailure(s, now);
    }
    State locked = s;
    wait(Duration.ofMinutes(5));
    assertSame(locked, ACCOUNT.afterFailure(locked, now));
  }

  @Test
  void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
    State s = State.NONE;
    for (int i = 0; i < 6; i++) {
      s = ACCOUNT.afterFailure(s, now);
    }
    wait(Duration.ofMinutes(14));
    assertEquals(6, ACCOUNT.current(s, now).failures());
    wait(Duration.ofMinutes(1));
    assertEquals(State.NONE, ACCOUNT.current(s, now));
    assertEquals(1, ACCOUNT.afterFailure(s, now).failures(), "a new count starts");
  }

  @Test
  void anAddressIsDelayedButNeverLocked() {
    State s = State.NONE;
    for (int i = 0; i < 500; i++) {
      s = ADDRESS.afterFailure(s, now);
    }
    Decision d = ADDRESS.check(s, now);
    assertFalse(d.allowed());
    assertFalse(d.locked());
    assertNull(s.lockedUntil());
    assertEquals(now.plusSeconds(30), d.retryAt(), "at most the maximum delay");
    wait(Duration.ofSeconds(30));
    assertTrue(ADDRESS.check(s, now).allowed());
  }
}
