package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.domain.PeriodStatus;

/**
 * What an import checks rows against, read once per import with plain JDBC: orgs, services
 * and their levels, pools, the state of each period and (per period, on demand) the charged
 * price of each level. Lookups accept a code or, where exactly one matches, a name.
 */
public final class ReferenceData {
  public record Org(long id, String code, String name, boolean company, YearMonth activeFrom,
      YearMonth activeTo) {
    public boolean activeIn(YearMonth period) {
      return !period.isBefore(activeFrom) && (activeTo == null || !period.isAfter(activeTo));
    }
  }

  public record Level(long id, String code, String name, YearMonth activeFrom, YearMonth activeTo) {
    public boolean activeIn(YearMonth period) {
      return !period.isBefore(activeFrom) && (activeTo == null || !period.isAfter(activeTo));
    }
  }

  public record Service(long id, String code, String name, String unit, String lifecycle,
      long areaId, List<Level> levels) {
    public boolean fixedMonthly() {
      return "FIXED_MONTHLY".equals(unit);
    }

    public boolean retired() {
      return "RETIRED".equals(lifecycle);
    }
  }

  public record Pool(long id, String code, String name) {}

  /** A lookup's outcome: the one match, or none, or several (a name shared by more than one). */
  public record Match<T>(T value, List<T> candidates) {
    public boolean found() {
      return value != null;
    }

    public boolean ambiguous() {
      return value == null && candidates.size() > 1;
    }
  }

  private final Map<String, Org> orgByCode = new HashMap<>();
  private final Map<String, List<Org>> orgByName = new HashMap<>();
  private final Map<Long, Org> orgById = new LinkedHashMap<>();
  private final Map<String, Service> serviceByCode = new HashMap<>();
  private final Map<String, List<Service>> serviceByName = new HashMap<>();
  private final Map<Long, Service> serviceByLevelId = new HashMap<>();
  private final Map<Long, Level> levelById = new HashMap<>();
  /** Each level's code and name as {@link #key} makes them, made once, not per row. */
  private final Map<Long, String[]> levelKeys = new HashMap<>();
  private final Map<Long, Service> serviceById = new LinkedHashMap<>();
  private final Map<String, Pool> poolByCode = new HashMap<>();
  private final Map<Long, Pool> poolById = new LinkedHashMap<>();
  private final Map<String, List<Pool>> poolByName = new HashMap<>();
  private final Map<YearMonth, PeriodStatus> periodStatus = new HashMap<>();
  private final Map<YearMonth, Map<Long, BigDecimal>> prices = new HashMap<>();
  private Connection pricesFrom;

  private ReferenceData() {}

  /** Reads everything but prices; prices are read per period through the same connection. */
  public static ReferenceData load(Connection c) throws SQLException {
    ReferenceData data = new ReferenceData();
    data.pricesFrom = c;
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, code, name, kind, active_from, active_to"
          + " FROM org_unit ORDER BY code")) {
        while (rs.next()) {
          Org org = new Org(rs.getLong(1), rs.getString(2), rs.getString(3),
              "COMPANY".equals(rs.getString(4)), month(rs.getDate(5)), month(rs.getDate(6)));
          data.orgById.put(org.id(), org);
          data.orgByCode.put(key(org.code()), org);
          data.orgByName.computeIfAbsent(key(org.name()), k -> new ArrayList<>()).add(org);
        }
      }
      Map<Long, List<Level>> levels = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT id, service_id, code, name, active_from, active_to"
          + " FROM service_level ORDER BY service_id, sort_order, code")) {
        while (rs.next()) {
          Level level = new Level(rs.getLong(1), rs.getString(3), rs.getString(4),
              month(rs.getDate(5)), month(rs.getDate(6)));
          levels.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(level);
          data.levelById.put(level.id(), level);
          data.levelKeys.put(level.id(), new String[] {key(level.code()), key(level.name())});
        }
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT id, code, name, unit, lifecycle, area_id FROM service ORDER BY code")) {
        while (rs.next()) {
          Service service = new Service(rs.getLong(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getLong(6),
              List.copyOf(levels.getOrDefault(rs.getLong(1), List.of())));
          data.serviceByCode.put(key(service.code()), service);
          data.serviceById.put(service.id(), service);
          data.serviceByName.computeIfAbsent(key(service.name()), k -> new ArrayList<>()).add(service);
          for (Level level : service.levels()) {
            data.serviceByLevelId.put(level.id(), service);
          }
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT id, code, name FROM cost_pool WHERE active")) {
        while (rs.next()) {
          Pool pool = new Pool(rs.getLong(1), rs.getString(2), rs.getString(3));
          data.poolByCode.put(key(pool.code()), pool);
          data.poolById.put(pool.id(), pool);
          data.poolByName.computeIfAbsent(key(pool.name()), k -> new ArrayList<>()).add(pool);
        }
      }
    }
    data.periodStatus.putAll(LedgerPeriods.recorded(c));
    return data;
  }

  public Match<Org> org(String codeOrName) {
    return match(orgByCode, orgByName, codeOrName);
  }

  public Match<Service> service(String codeOrName) {
    return match(serviceByCode, serviceByName, codeOrName);
  }

  public Match<Pool> pool(String codeOrName) {
    return match(poolByCode, poolByName, codeOrName);
  }

  /** A level of the service by code or name; an empty text means the only level, if one. */
  public Match<Level> level(Service service, String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return service.levels().size() == 1 ? new Match<>(service.levels().get(0), List.of())
          : new Match<>(null, List.of());
    }
    String k = key(codeOrName);
    List<Level> byName = new ArrayList<>();
    for (Level level : service.levels()) {
      String[] keys = levelKeys.get(level.id());
      if (keys[0].equals(k)) {
        return new Match<>(level, List.of());
      }
      if (keys[1].equals(k)) {
        byName.add(level);
      }
    }
    return byName.size() == 1 ? new Match<>(byName.get(0), List.of()) : new Match<>(null, byName);
  }

  public Org org(long id) {
    return orgById.get(id);
  }

  public Collection<Org> orgs() {
    return orgById.values();
  }

  /** Every service with its levels, in code order. */
  public Collection<Service> services() {
    return serviceById.values();
  }

  /** Every active pool. */
  public Collection<Pool> pools() {
    return poolById.values();
  }

  /** An active pool by id, or null. */
  public Pool pool(long id) {
    return poolById.get(id);
  }

  public Service serviceOfLevel(long levelId) {
    return serviceByLevelId.get(levelId);
  }

  public Level level(long id) {
    return levelById.get(id);
  }

  public boolean locked(YearMonth period) {
    return periodStatus.get(period) == PeriodStatus.LOCKED;
  }

  /**
   * Charged price per unit of each level in force in the month, draft lists included
   * ({@link PriceBook}); read once per month.
   */
  public Map<Long, BigDecimal> prices(YearMonth period) throws SQLException {
    Map<Long, BigDecimal> known = prices.get(period);
    if (known != null) {
      return known;
    }
    Map<Long, BigDecimal> result = new HashMap<>();
    PriceBook.pricesIn(pricesFrom, period, Scope.ALL)
        .forEach((level, price) -> result.put(level, price.chargedPrice().value()));
    prices.put(period, result);
    return result;
  }

  private static <T> Match<T> match(Map<String, T> byCode, Map<String, List<T>> byName, String text) {
    if (text == null || text.isBlank()) {
      return new Match<>(null, List.of());
    }
    String k = key(text);
    T exact = byCode.get(k);
    if (exact != null) {
      return new Match<>(exact, List.of());
    }
    List<T> named = byName.getOrDefault(k, List.of());
    return named.size() == 1 ? new Match<>(named.get(0), List.of()) : new Match<>(null, named);
  }

  static String key(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }

  static YearMonth month(Date date) {
    return date == null ? null : YearMonth.from(date.toLocalDate());
  }
}
