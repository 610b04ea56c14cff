package se.tjanstekatalog.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;

/**
 * Read-mostly answers kept in memory per tenant (the catalogue of a month, its JSON for the
 * API, the municipality's name). An entry is current while no change of the cached entities
 * happened on this node since it was read ({@link ChangeGeneration}) and for at most
 * {@link #TTL}, which bounds how long a change made on another node stays unseen. One request
 * per key reads at a time; the others wait for its answer instead of all reading at once.
 * Values must be immutable.
 */
@ApplicationScoped
public class ReadCache {
  /** How long an entry is used without reading again: a change on another node shows after it. */
  public static final Duration TTL = Duration.ofSeconds(5);
  /** More keys than this (months asked for, areas, codes) start the cache afresh. */
  static final int MAX_KEYS = 1000;

  @Inject Tenancy tenancy;

  private final Map<List<Object>, Slot> slots = new ConcurrentHashMap<>();

  /** The cached value for the current tenant and {@code key}, read by {@code load} if not current. */
  @SuppressWarnings("unchecked")
  public <T> T get(List<Object> key, Supplier<T> load) {
    Tenant tenant = tenancy.current();
    List<Object> full = List.of(tenant, key);
    if (slots.size() > MAX_KEYS) {
      slots.clear();
    }
    return (T) slots.computeIfAbsent(full, k -> new Slot()).get(load);
  }

  /** One key's entry; its monitor makes the other requests wait while one reads. */
  private static final class Slot {
    private Object value;
    private long generation = -1;
    private long readAt;

    synchronized Object get(Supplier<?> load) {
      long now = System.nanoTime();
      long current = ChangeGeneration.current();
      if (generation == current && now - readAt < TTL.toNanos()) {
        return value;
      }
      Object read = load.get();
      value = read;
      generation = current;
      readAt = now;
      return read;
    }
  }
}
