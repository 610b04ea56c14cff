package se.tjanstekatalog.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.review.control.Approvals;

/**
 * Periodöversikt: every month of a year with its workflow state, whether it is computed, the
 * orgs' answers while it is reviewed, and the controller's transitions with an override reason.
 */
@Named
@ViewScoped
public class PeriodsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Approvals approvals;
  @Inject PeriodTransitions transitions;

  private int year = Year.now().getValue();
  private String reason;
  private transient List<Approvals.MonthState> months;
  private transient List<PeriodTransitions.Transition> history;

  public void load() {
    months = approvals.overview(year);
    history = transitions.history(year);
  }

  public void move(YearMonth month, String to) {
    PeriodStatus target = PeriodStatus.valueOf(to);
    if (Faces.attempt(() -> transitions.transition(month, target, reason))) {
      Faces.info("workflow.moved", SwedishFormat.month(month),
          Faces.text("period.status." + target.name()));
      reason = null;
    }
    load();
  }

  public void previousYear() {
    year--;
    load();
  }

  public void nextYear() {
    year++;
    load();
  }

  public List<Approvals.MonthState> getMonths() {
    if (months == null) {
      load();
    }
    return months;
  }

  public List<PeriodTransitions.Transition> getHistory() {
    if (history == null) {
      load();
    }
    return history;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
