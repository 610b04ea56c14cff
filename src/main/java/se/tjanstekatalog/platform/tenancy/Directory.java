package se.tjanstekatalog.platform.tenancy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kommuner an installation serves, as read from the directory database: who answers which
 * host name, and where each kommun's tables are. Immutable; {@link Tenancy} swaps it whole.
 *
 * <p>The home kommun is the one in the pool's own database ({@code database_name} NULL): every
 * installation before several kommuner, and the one that answers a host name no kommun lists.
 * With one kommun its connections are the pool's as handed out; with several, every kommun
 * (the home one too) names its database, so a connection another kommun's request pointed
 * elsewhere is pointed back before it is used.
 */
public final class Directory {
  /** What the seam answers before the directory is read: the one kommun in the pool's database. */
  static final Directory SINGLE = new Directory(List.of(Tenant.SINGLE), Map.of(), null);

  private final Map<String, Tenant> byCode = new LinkedHashMap<>();
  private final Map<String, Tenant> byHost = new LinkedHashMap<>();
  private final Tenant home;

  /**
   * @param tenants every kommun, the home one (database {@code null}) among them
   * @param hosts host name → kommun code
   * @param poolDatabase the pool's own database, named for the home kommun when there are several
   */
  public Directory(List<Tenant> tenants, Map<String, String> hosts, String poolDatabase) {
    List<Tenant> homes = tenants.stream().filter(Tenant::inPoolDatabase).toList();
    if (homes.size() != 1) {
      throw new IllegalArgumentException("The directory needs exactly one kommun in the pool's"
          + " database, found " + homes.size());
    }
    boolean several = tenants.size() > 1;
    if (several && poolDatabase == null) {
      throw new IllegalArgumentException("Several kommuner need the pool's database name");
    }
    Tenant h = null;
    for (Tenant t : tenants) {
      Tenant named = several ? t.inDatabase(poolDatabase) : t;
      if (t.inPoolDatabase()) {
        h = named;
      }
      if (byCode.put(t.code(), named) != null) {
        throw new IllegalArgumentException("Two kommuner with the code " + t.code());
      }
    }
    home = h;
    hosts.forEach((host, code) -> byHost.put(normalise(host),
        Objects.requireNonNull(byCode.get(code), () -> "No kommun " + code + " for " + host)));
  }

  /** The kommun in the pool's own database. */
  public Tenant home() {
    return home;
  }

  /** Every kommun, in the directory's order. */
  public List<Tenant> tenants() {
    return List.copyOf(byCode.values());
  }

  public Optional<Tenant> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The kommun that lists a host name, if one does. */
  public Optional<Tenant> listed(String host) {
    return Optional.ofNullable(host == null ? null : byHost.get(normalise(host)));
  }

  /** The host names that reach {@code code}, lower case. */
  public List<String> hostsOf(String code) {
    List<String> out = new ArrayList<>();
    byHost.forEach((host, t) -> {
      if (t.code().equals(code)) {
        out.add(host);
      }
    });
    return out;
  }

  /** A Host header's name: lower case, without a port or a trailing dot. */
  static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 ? h.substring(0, end + 1) : h;
    }
    int colon = h.indexOf(':');
    if (colon >= 0) {
      h = h.substring(0, colon);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
