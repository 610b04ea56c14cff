package se.tjanstekatalog.consumption.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manual entry grid for one month: the orgs (rows) × the levels (columns) of one service,
 * or of every consumption-based service of one service area, grouped by service.
 *
 * <p>Whatever the grid shows, manual consumption is stored per service: each service's save
 * is one import batch with the source {@link #source(String)}, which replaces that service's
 * previous manual entry for the month. An area grid is thus several service grids side by
 * side, and both show the same values. The grid remembers what it was loaded with, so a save
 * writes only the services whose cells were changed and leaves the others as they are.
 */
public final class ManualGrid implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the grid covers. */
  public enum Scope {
    SERVICE,
    AREA
  }

  /** A column: a level offered in the month, with its service for the header and messages. */
  public record Level(long id, String code, String name, String serviceCode,
      String serviceName) implements Serializable {
    /** How a message names the cell's column: "Standard", or in an area "Lagring, Standard". */
    String label(Scope scope) {
      return scope == Scope.AREA ? serviceName + ", " + name : name;
    }
  }

  /** A service and its columns, in the order shown; {@code unit} is a message key. */
  public record ServiceColumns(String code, String name, String unit, List<Level> levels)
      implements Serializable {
    public ServiceColumns {
      levels = List.copyOf(levels);
    }
  }

  /** A row: an org active in the month and its quantity per level id (null = none). */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String orgCode;
    private final String orgName;
    private final Map<Long, BigDecimal> cells = new HashMap<>();

    public Row(String orgCode, String orgName) {
      this.orgCode = orgCode;
      this.orgName = orgName;
    }

    public String getOrgCode() {
      return orgCode;
    }

    public String getOrgName() {
      return orgName;
    }

    public Map<Long, BigDecimal> getCells() {
      return cells;
    }
  }

  private final YearMonth period;
  private final Scope scope;
  private final String scopeCode;
  private final String scopeName;
  private final List<ServiceColumns> services;
  private final List<Level> levels;
  private final List<Row> rows;
  /** The cells as loaded, per org code: what "changed" is measured against. */
  private final Map<String, Map<Long, BigDecimal>> loaded = new HashMap<>();

  public ManualGrid(YearMonth period, Scope scope, String scopeCode, String scopeName,
      List<ServiceColumns> services, List<Row> rows) {
    this.period = period;
    this.scope = scope;
    this.scopeCode = scopeCode;
    this.scopeName = scopeName;
    this.services = List.copyOf(services);
    this.levels = services.stream().flatMap(s -> s.levels().stream()).toList();
    this.rows = List.copyOf(rows);
    for (Row row : rows) {
      loaded.put(row.getOrgCode(), new HashMap<>(row.getCells()));
    }
  }

  public YearMonth getPeriod() {
    return period;
  }

  public Scope getScope() {
    return scope;
  }

  public boolean isArea() {
    return scope == Scope.AREA;
  }

  /** The service's or the area's code. */
  public String getScopeCode() {
    return scopeCode;
  }

  /** The service's or the area's name. */
  public String getScopeName() {
    return scopeName;
  }

  public List<ServiceColumns> getServices() {
    return services;
  }

  /** Every column, service by service. */
  public List<Level> getLevels() {
    return levels;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The services with a cell that differs from what was loaded. */
  public List<ServiceColumns> changedServices() {
    List<ServiceColumns> changed = new ArrayList<>();
    for (ServiceColumns service : services) {
      if (changed(service)) {
        changed.add(service);
      }
    }
    return changed;
  }

  private boolean changed(ServiceColumns service) {
    for (Row row : rows) {
      Map<Long, BigDecimal> before = loaded.getOrDefault(row.getOrgCode(), Map.of());
      for (Level level : service.levels()) {
        BigDecimal now = row.getCells().get(level.id());
        BigDecimal then = before.get(level.id());
        if (now == null ? then != null : then == null || now.compareTo(then) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The import source of a service's manual entry: one manual batch per service and month. */
  public static String source(String serviceCode) {
    return "manual:" + serviceCode;
  }
}
