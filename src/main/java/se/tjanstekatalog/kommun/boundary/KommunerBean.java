package se.tjanstekatalog.kommun.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import se.tjanstekatalog.kommun.control.KommunOverview;
import se.tjanstekatalog.kommun.domain.KommunYear;

/**
 * Kommunerna: the shared IT nämnd's view across the kommuner it serves, a year at a time
 * ({@code ?year=}, default this year): what each kommun pays under both models, what binds,
 * and how many of its months are computed and locked.
 */
@Named
@ViewScoped
public class KommunerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KommunOverview overview;

  private Integer year;
  private List<KommunYear> kommuner;

  /** The view action. */
  public void init() {
    if (year == null || year < 2000 || year > 2100) {
      year = Year.now().getValue();
    }
    kommuner = overview.year(Year.of(year));
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<KommunYear> getKommuner() {
    return kommuner;
  }

  public boolean isHostsOthers() {
    return kommuner != null && kommuner.size() > 1;
  }
}
