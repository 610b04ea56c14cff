package se.tjanstekatalog.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;

/**
 * Read-mostly answers kept in memory per tenant (the catalogue of a month, its JSON for the
 * API, the municipality's name). An entry is current while no change of the cached entities
 * happened on this node since it was read ({@link ChangeGeneration}) and for at most
 * {@link #TTL}, which bounds how long a change made on another node stays unseen. One request
 * per key reads at a time. After a change on this node the others wait for its answer (a
 * person sees what was just saved); when an entry has only grown older than the TTL, the
 * others keep getting the answer they had while one request reads again, so the pages do not
 * stall every few seconds under load. Values must be immutable.
 */
@ApplicationScoped
public class ReadCache {
  /** How long an entry is used without reading again: a change on another node shows after it. */
  public static final Duration TTL = Duration.ofSeconds(5);
  /** More keys than this (months asked for, areas, codes) start the cache afresh. */
  static final int MAX_KEYS = 1000;

  @Inject Tenancy tenancy;

  private final Map<List<Object>, Slot> slots = new ConcurrentHashMap<>();
  private final long ttlNanos;

  public ReadCache() {
    this(TTL);
  }

  /** A cache whose entries grow old after {@code ttl} (tests). */
  ReadCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** The cached value for the current tenant and {@code key}, read by {@code load} if not current. */
  @SuppressWarnings("unchecked")
  public <T> T get(List<Object> key, Supplier<T> load) {
    Tenant tenant = tenancy.current();
    List<Object> full = List.of(tenant, key);
    if (slots.size() > MAX_KEYS) {
      slots.clear();
    }
    return (T) slots.computeIfAbsent(full, k -> new Slot(ttlNanos)).get(load);
  }

  /** What a slot holds: the value, the generation it was read under and when. */
  private record Entry(Object value, long generation, long readAt) {}

  /** One key's entry; its monitor makes the other requests wait while one reads. */
  private static final class Slot {
    private final long ttlNanos;
    private final AtomicBoolean rereading = new AtomicBoolean();
    private volatile Entry entry;

    Slot(long ttlNanos) {
      this.ttlNanos = ttlNanos;
    }

    Object get(Supplier<?> load) {
      Entry e = entry;
      if (e != null && e.generation() == ChangeGeneration.current()) {
        if (System.nanoTime() - e.readAt() < ttlNanos) {
          return e.value();
        }
        // Only older than the TTL: one request reads again, the others keep this answer.
        if (!rereading.compareAndSet(false, true)) {
          return e.value();
        }
        try {
          return read(load);
        } finally {
          rereading.set(false);
        }
      }
      return read(load);
    }

    private synchronized Object read(Supplier<?> load) {
      long now = System.nanoTime();
      long current = ChangeGeneration.current();
      Entry e = entry;
      if (e != null && e.generation() == current && now - e.readAt() < ttlNanos) {
        return e.value(); // read by the request this one waited for
      }
      Object value = load.get();
      entry = new Entry(value, current, now);
      return value;
    }
  }
}
