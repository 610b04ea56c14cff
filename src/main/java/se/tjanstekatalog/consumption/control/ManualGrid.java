package se.tjanstekatalog.consumption.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One service's levels (columns) × the orgs (rows) for one month, as the entry grid edits them. */
public final class ManualGrid implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A column: a level of the service offered in the month. */
  public record Level(long id, String code, String name) implements Serializable {}

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
  private final String serviceCode;
  private final String serviceName;
  private final String unit;
  private final List<Level> levels;
  private final List<Row> rows;

  public ManualGrid(YearMonth period, String serviceCode, String serviceName, String unit,
      List<Level> levels, List<Row> rows) {
    this.period = period;
    this.serviceCode = serviceCode;
    this.serviceName = serviceName;
    this.unit = unit;
    this.levels = List.copyOf(levels);
    this.rows = List.copyOf(rows);
  }

  public YearMonth getPeriod() {
    return period;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public String getServiceName() {
    return serviceName;
  }

  public String getUnit() {
    return unit;
  }

  public List<Level> getLevels() {
    return levels;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The import source of this grid's saves: one manual batch per service and month. */
  public static String source(String serviceCode) {
    return "manual:" + serviceCode;
  }
}
