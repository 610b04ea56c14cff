package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/** The read cache keeps an answer per key until a change of the cached entities. */
class ReadCacheTest {
  private final ReadCache cache = new ReadCache();

  ReadCacheTest() {
    cache.tenancy = new Tenancy();
  }

  @Test
  void aKeyIsReadOnceWhileNothingChanges() {
    AtomicInteger reads = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertEquals("katalog", cache.get(List.of("k", 1), () -> {
        reads.incrementAndGet();
        return "katalog";
      }));
    }
    assertEquals(1, reads.get());
  }

  @Test
  void keysAreKeptApart() {
    assertEquals("a", cache.get(List.of("month", "2026-11"), () -> "a"));
    assertEquals("b", cache.get(List.of("month", "2026-12"), () -> "b"));
    assertEquals("a", cache.get(List.of("month", "2026-11"), () -> "other"));
  }

  @Test
  void aChangeOfACachedEntityMakesTheNextRequestReadAgain() {
    AtomicInteger reads = new AtomicInteger();
    cache.get(List.of("changed"), reads::incrementAndGet);
    // Outside a container transaction the listener moves the generation at once.
    new ChangeGeneration().changed("a service");
    assertEquals(2, (int) cache.get(List.of("changed"), reads::incrementAndGet));
    assertEquals(2, (int) cache.get(List.of("changed"), reads::incrementAndGet));
  }

  @Test
  void aFailedReadIsNotKept() {
    List<Object> key = List.of("failing");
    try {
      cache.get(key, () -> {
        throw new IllegalStateException("database away");
      });
    } catch (IllegalStateException expected) {
      // the caller sees the failure
    }
    assertEquals("read", cache.get(key, () -> "read"));
  }

  @Test
  void anEntryOlderThanTheTtlIsReadAgainByOneRequestWhileTheOthersKeepTheOldAnswer()
      throws Exception {
    ReadCache aging = new ReadCache(java.time.Duration.ofMillis(1));
    aging.tenancy = new Tenancy();
    List<Object> key = List.of("aging");
    assertEquals("old", aging.get(key, () -> "old"));
    Thread.sleep(5);
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Object> first =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> aging.get(key, () -> {
          reading.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "new";
        }));
    reading.await();
    // While the first request reads again, another gets the answer there is, without waiting.
    assertEquals("old", aging.get(key, () -> "not read: one request reads at a time"));
    release.countDown();
    assertEquals("new", first.get());
  }

  @Test
  void afterAChangeOnThisNodeTheOthersWaitForTheNewAnswer() throws Exception {
    List<Object> key = List.of("changed-wait");
    assertEquals("before", cache.get(key, () -> "before"));
    new ChangeGeneration().changed("a price list line");
    java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Object> first =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.get(key, () -> {
          reading.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "after";
        }));
    reading.await();
    java.util.concurrent.CompletableFuture<Object> second =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.get(key, () -> "twice"));
    Thread.sleep(50);
    org.junit.jupiter.api.Assertions.assertFalse(second.isDone(),
        "a request after a change does not get the answer from before it");
    release.countDown();
    assertEquals("after", first.get());
    assertEquals("after", second.get(), "it waited for the one read, and did not read again");
  }
}
