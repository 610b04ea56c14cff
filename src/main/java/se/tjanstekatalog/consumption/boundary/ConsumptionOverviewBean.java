package se.tjanstekatalog.consumption.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import se.tjanstekatalog.consumption.control.ConsumptionQueries;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/** Förbrukning per månad: totals per org, per service level and the pools' costs. */
@Named
@ViewScoped
public class ConsumptionOverviewBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConsumptionQueries queries;

  private String period;
  private ConsumptionQueries.Month month;

  public void load() {
    YearMonth p = null;
    if (period != null && !period.isBlank()) {
      try {
        p = SwedishFormat.parseMonth(period);
      } catch (DateTimeParseException e) {
        Faces.error(null, Faces.text("import.problem.periodInvalid"));
      }
    }
    if (p == null) {
      p = queries.latestPeriod().orElse(YearMonth.now());
    }
    period = SwedishFormat.month(p);
    month = queries.month(p);
  }

  public void previous() {
    shift(-1);
  }

  public void next() {
    shift(1);
  }

  private void shift(int months) {
    period = SwedishFormat.month(SwedishFormat.parseMonth(period).plusMonths(months));
    load();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public ConsumptionQueries.Month getMonth() {
    if (month == null) {
      load();
    }
    return month;
  }
}
