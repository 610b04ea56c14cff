package se.tjanstekatalog.organisation.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.organisation.entity.KeyMeasure;

/**
 * One measure of the key values for one year: a row per org, a cell per month. Cells are
 * mutable so the grid page can edit them in place; each remembers what it was loaded with,
 * so saving writes only what changed and detects what someone else changed meanwhile.
 */
public record KeyValueGrid(Year year, KeyMeasure measure, List<Row> rows) implements Serializable {

  /** For pages: Jakarta EL 5 does not see record accessors. */
  public List<Row> getRows() {
    return rows;
  }

  /** One org's twelve months (a class with getters, for the page). */
  public static final class Row implements Serializable {
    private final long orgId;
    private final String orgCode;
    private final String orgName;
    private final List<Cell> cells;

    public Row(long orgId, String orgCode, String orgName, List<Cell> cells) {
      this.orgId = orgId;
      this.orgCode = orgCode;
      this.orgName = orgName;
      this.cells = cells;
    }

    public long getOrgId() {
      return orgId;
    }

    public String getOrgCode() {
      return orgCode;
    }

    public String getOrgName() {
      return orgName;
    }

    public List<Cell> getCells() {
      return cells;
    }
  }

  /** One org-month value; {@code version} is -1 when no key value row exists yet. */
  public static final class Cell implements Serializable {
    private final YearMonth period;
    private final BigDecimal original;
    private final long version;
    private BigDecimal value;

    public Cell(YearMonth period, BigDecimal original, long version) {
      this.period = period;
      this.original = original;
      this.version = version;
      this.value = original;
    }

    public YearMonth getPeriod() {
      return period;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public BigDecimal getOriginal() {
      return original;
    }

    public long getVersion() {
      return version;
    }

    public boolean isChanged() {
      return value == null ? original != null
          : original == null || value.compareTo(original) != 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cell c && c.period.equals(period) && c.version == version
          && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(period, version, value);
    }
  }
}
