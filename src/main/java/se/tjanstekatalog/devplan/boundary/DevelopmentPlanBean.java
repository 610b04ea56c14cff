package se.tjanstekatalog.devplan.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * The utvecklingsplan's reading pages (the plan, the quarterly follow-up): a year (the year
 * pager, {@code ?year=}) and its plan, for every role. One service call per load.
 */
@Named
@ViewScoped
public class DevelopmentPlanBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DevelopmentPlanService service;

  private final YearPager years = new YearPager(this::load);
  private DevelopmentPlan plan;

  /** The view action: the year of the URL, else the latest plan's year up to now. */
  public void init() {
    if (!years.wasGiven()) {
      years.setYear(service.defaultYear());
    }
    load();
  }

  public void load() {
    plan = null;
    Faces.attempt(() -> plan = service.plan(years.getYear()).orElse(null));
  }

  public DevelopmentPlan getPlan() {
    return plan;
  }

  public YearPager getYears() {
    return years;
  }


  public List<Financing> getFinancings() {
    return List.of(Financing.values());
  }

  public List<InitiativeStatus> getStatuses() {
    return List.of(InitiativeStatus.values());
  }
}
