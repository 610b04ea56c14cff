package se.tjanstekatalog.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code size} callers at once; the others wait in the order they came, each at most
 * {@code maxWait}. A size of 0 lets everyone through at once. Used by
 * {@link PageConcurrencyFilter} for the pages: on two cores, fifty pages rendered side by side
 * take longer in all than the same pages a few at a time, and every one of them finishes late.
 */
public final class ConcurrencyLimit {
  private final int size;
  private final Semaphore permits;
  private final long maxWaitNanos;

  public ConcurrencyLimit(int size, Duration maxWait) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be 0 (no limit) or more: " + size);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
    }
    this.size = size;
    this.permits = size == 0 ? null : new Semaphore(size, true);
    this.maxWaitNanos = maxWait.toNanos();
  }

  /**
   * Waits for a place, in arrival order, at most the limit's wait; true when the caller has
   * one and must {@link #leave()} after its work.
   */
  public boolean enter() throws InterruptedException {
    return permits == null || permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
  }

  /** Gives back the place {@link #enter()} gave. */
  public void leave() {
    if (permits != null) {
      permits.release();
    }
  }

  /** The number of callers let through at once; 0 for no limit. */
  public int size() {
    return size;
  }

  /** Callers waiting for a place now (an estimate, for the log). */
  public int waiting() {
    return permits == null ? 0 : permits.getQueueLength();
  }
}
