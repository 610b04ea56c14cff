package se.tjanstekatalog.annualreport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The IT organisation's text of a year's årsberättelse for one service area ({@code areaId} of
 * the catalogue, an id and not a relation) or for the whole ({@link #WHOLE}).
 */
@Entity
@Table(name = "annual_report_text")
@NamedQuery(name = AnnualText.FIND_YEAR,
    query = "SELECT t FROM AnnualText t WHERE t.year = :year ORDER BY t.areaId")
public class AnnualText {
  public static final String FIND_YEAR = "AnnualText.findYear";
  /** The area id of the whole report's text. */
  public static final long WHOLE = 0L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_year", nullable = false)
  private int year;

  @Column(name = "area_id", nullable = false)
  private long areaId;

  @Column(name = "events", columnDefinition = "TEXT")
  private String events;

  @Column(name = "efficiencies", columnDefinition = "TEXT")
  private String efficiencies;

  @Column(name = "next_steps", columnDefinition = "TEXT")
  private String nextSteps;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AnnualText() {}

  public AnnualText(int year, long areaId) {
    this.year = year;
    this.areaId = areaId;
  }

  /** Replaces the three texts; {@code by} at {@code at} is who saved them last. */
  public void write(String events, String efficiencies, String nextSteps, String by,
      Instant at) {
    this.events = events;
    this.efficiencies = efficiencies;
    this.nextSteps = nextSteps;
    this.changedBy = by;
    this.changedAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public long getAreaId() {
    return areaId;
  }

  public String getEvents() {
    return events;
  }

  public String getEfficiencies() {
    return efficiencies;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public long getVersion() {
    return version;
  }
}
