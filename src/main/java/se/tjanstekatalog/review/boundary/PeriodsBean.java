package se.tjanstekatalog.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.ledger.control.PeriodTransitions;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.shared.boundary.YearPager;

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

  private final YearPager years = new YearPager(this::load);
  /** The reason typed in each month's row, by month (yyyy-MM). */
  private final Map<String, String> reasons = new HashMap<>();
  private List<Approvals.MonthState> months;
  private List<PeriodTransitions.Transition> history;

  public void load() {
    months = approvals.overview(years.getYear());
    history = transitions.history(years.getYear());
  }

  public void move(YearMonth month, String to) {
    PeriodStatus target = PeriodStatus.valueOf(to);
    String reason = reasons.get(month.toString());
    if (Faces.attempt(() -> transitions.transition(month, target, reason))) {
      Faces.info("workflow.moved", SwedishFormat.month(month),
          Faces.text("period.status." + target.name()));
      reasons.remove(month.toString());
    }
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

  public YearPager getYears() {
    return years;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
