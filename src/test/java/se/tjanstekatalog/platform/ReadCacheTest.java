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
}
