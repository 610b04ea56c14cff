package se.tjanstekatalog.statement.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.statement.control.StatementService;

/**
 * Every org's statement figures of a month, read-only (the finance chiefs review together);
 * IT_CONTROLLER and ADMIN also get a link to each org's full statement.
 */
@Named
@ViewScoped
public class SummaryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StatementService service;
  @Inject CurrentCaller caller;

  private String month;
  private StatementService.Summary summary;
  private List<YearMonth> months;
  private boolean seesAll;

  public void load() {
    seesAll = caller.seesAllOrgs();
    months = service.computedMonths();
    YearMonth m = null;
    if (month != null && !month.isBlank()) {
      try {
        m = SwedishFormat.parseMonth(month);
      } catch (DateTimeParseException e) {
        Faces.show(new se.tjanstekatalog.shared.RuleViolationException(
            new se.tjanstekatalog.shared.Violation("month", "error.month", month)));
        return;
      }
    } else if (!months.isEmpty()) {
      m = months.get(0);
    } else {
      Faces.warn("statement.noMonths");
      return;
    }
    month = SwedishFormat.month(m);
    YearMonth chosen = m;
    Faces.attempt(() -> summary = service.summary(chosen));
  }

  public StatementService.Summary getSummary() {
    return summary;
  }

  public List<YearMonth> getMonths() {
    return months == null ? List.of() : months;
  }

  public boolean isSeesAll() {
    return seesAll;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String monthLabel(YearMonth m) {
    return SwedishFormat.month(m);
  }
}
