package se.tjanstekatalog.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.review.control.PeriodWorkflow;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * Periodöversikt: every month of a year with its workflow state, whether it is computed, the
 * orgs' answers while it is reviewed, and the controller's transitions with an override reason.
 */
@Named
@ViewScoped
public class PeriodsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PeriodWorkflow workflow;

  private final YearPager years = new YearPager(this::load);
  private String reason;
  private transient List<PeriodWorkflow.MonthState> months;
  private transient List<PeriodWorkflow.Transition> history;

  public void load() {
    months = workflow.overview(years.getYear());
    history = workflow.history(years.getYear());
  }

  public void move(YearMonth month, String to) {
    PeriodStatus target = PeriodStatus.valueOf(to);
    if (Faces.attempt(() -> workflow.transition(month, target, reason))) {
      Faces.info("workflow.moved", SwedishFormat.month(month),
          Faces.text("period.status." + target.name()));
      reason = null;
    }
    load();
  }

  public List<PeriodWorkflow.MonthState> getMonths() {
    if (months == null) {
      load();
    }
    return months;
  }

  public List<PeriodWorkflow.Transition> getHistory() {
    if (history == null) {
      load();
    }
    return history;
  }

  public YearPager getYears() {
    return years;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
