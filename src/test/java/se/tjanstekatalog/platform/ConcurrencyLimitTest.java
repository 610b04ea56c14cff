package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

  @Test
  void aFullLimitRefusesAfterItsWaitAndTakesTheNextOnceOneLeaves() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(2, Duration.ofMillis(50));
    assertTrue(limit.enter());
    assertTrue(limit.enter());
    assertFalse(limit.enter(), "a third caller while two are inside");
    limit.leave();
    assertTrue(limit.enter(), "a place given back is taken");
  }

  @Test
  void waitingCallersGetTheirPlaceInTheOrderTheyCame() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(1, Duration.ofSeconds(30));
    assertTrue(limit.enter());
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> callers = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        int caller = i;
        callers.add(pool.submit(() -> {
          if (!limit.enter()) {
            throw new AssertionError("caller " + caller + " refused");
          }
          order.add(caller);
          limit.leave();
          return null;
        }));
        awaitWaiting(limit, i + 1); // caller i waits before caller i + 1 comes
      }
      limit.leave();
      for (Future<?> f : callers) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertEquals(List.of(0, 1, 2, 3, 4), order);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void neverMoreInsideThanItsSize() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(3, Duration.ofSeconds(30));
    ExecutorService pool = Executors.newFixedThreadPool(12);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> callers = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        callers.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < 50; round++) {
            assertTrue(limit.enter());
            try {
              most.accumulateAndGet(inside.incrementAndGet(), Math::max);
              Thread.yield();
            } finally {
              inside.decrementAndGet();
              limit.leave();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : callers) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertTrue(most.get() <= 3, "at most 3 inside at once, saw " + most.get());
      assertTrue(most.get() >= 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sizeZeroLetsEveryoneThrough() throws Exception {
    ConcurrencyLimit limit = new ConcurrencyLimit(0, Duration.ZERO);
    for (int i = 0; i < 100; i++) {
      assertTrue(limit.enter());
    }
    assertEquals(0, limit.waiting());
  }

  @Test
  void aNegativeSizeOrWaitIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new ConcurrencyLimit(-1, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new ConcurrencyLimit(1, Duration.ofSeconds(-1)));
  }

  @Test
  void thePagesDefaultIsFourTimesTheProcessors() {
    assertEquals(8, PageConcurrencyFilter.defaultSize(2));
    assertEquals(4, PageConcurrencyFilter.defaultSize(0));
  }

  private static void awaitWaiting(ConcurrencyLimit limit, int n) throws InterruptedException {
    for (int i = 0; i < 3000 && limit.waiting() < n; i++) {
      Thread.sleep(1);
    }
    assertEquals(n, limit.waiting(), "callers waiting");
  }
}
