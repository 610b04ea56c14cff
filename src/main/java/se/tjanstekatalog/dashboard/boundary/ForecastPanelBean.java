package se.tjanstekatalog.dashboard.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.forecast.control.ForecastService;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.MonthFigure;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The dashboard's helårsprognos panel for the year the dashboard shows: every org (as the
 * dashboard: ekonomichefsgruppen sees all), the caller's own org first for an ORG_FINANCE, the
 * months of the org chosen in the dashboard's months view (or all orgs), a chart, and the form
 * for an org's yearly IT budget (ORG_FINANCE the own org, IT_CONTROLLER any).
 */
@Named
@ViewScoped
public class ForecastPanelBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ForecastService service;
  @Inject DashboardBean dashboard;
  @Inject CurrentUser currentUser;

  private YearForecast forecast;
  /** The register's orgs, read once per view. */
  private List<OrgInfo> register;
  private Integer loadedYear;
  private String budgetOrg;
  private BigDecimal budgetAmount;

  /** The dashboard year's forecast, read once per year shown; null when it cannot be read. */
  public YearForecast getForecast() {
    Integer year = dashboard.getYear();
    if (year != null && (forecast == null || !year.equals(loadedYear))) {
      loadedYear = year;
      if (!Faces.attempt(() -> forecast = service.forecast(year))) {
        forecast = null;
      }
      fillForm();
    }
    return forecast;
  }

  /** The caller's own org's row (ORG_FINANCE), or null. */
  public OrgForecast getOwn() {
    Long own = ownOrg();
    return own == null || getForecast() == null ? null : forecast.org(own);
  }

  /** The orgs: the caller's own first, then by code. */
  public List<OrgForecast> getOrgs() {
    if (getForecast() == null) {
      return List.of();
    }
    List<OrgForecast> orgs = new ArrayList<>(forecast.orgs());
    OrgForecast own = getOwn();
    if (own != null) {
      orgs.remove(own);
      orgs.add(0, own);
    }
    return orgs;
  }

  /** The twelve months of the org chosen in the months view, or of every org summed. */
  public List<MonthFigure> getMonths() {
    if (getForecast() == null) {
      return List.of();
    }
    Long chosen = dashboard.getTrendOrg();
    OrgForecast org = chosen == null ? null : forecast.org(chosen);
    if (org != null) {
      return org.months();
    }
    List<MonthFigure> sum = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      YearMonth p = YearMonth.of(forecast.year(), i + 1);
      Models m = Models.ZERO;
      for (OrgForecast o : forecast.orgs()) {
        m = m.plus(o.months().get(i).amounts());
      }
      sum.add(new MonthFigure(p, forecast.computed().contains(p), m));
    }
    return sum;
  }

  /** Whose months are shown: the chosen org's name or "all". */
  public String getMonthsOf() {
    return dashboard.getTrendOrgName();
  }

  /** The chart: binding prognosis and budget per org. */
  public String getChart() {
    return getForecast() == null || forecast.orgs().isEmpty() ? null
        : DashboardCharts.forecastBar(forecast, getChartTitle());
  }

  public String getChartTitle() {
    return Messages.sv("forecast.chart", String.valueOf(dashboard.getYear()));
  }

  /** The method text: which months are computed and how the rest is forecast. */
  public String getMethodText() {
    YearForecast f = getForecast();
    if (f == null) {
      return "";
    }
    String computed = f.computed().isEmpty() ? Messages.sv("forecast.none")
        : range(f.computed());
    String rest = f.rest().isEmpty() ? Messages.sv("forecast.none") : range(f.rest());
    String base = f.runRateMonths().isEmpty() ? Messages.sv("forecast.none")
        : range(f.runRateMonths());
    return Messages.sv(f.fromBudgetunderlag() ? "forecast.method.budgetunderlag"
        : "forecast.method.runRate", computed, rest, base);
  }

  private static String range(List<YearMonth> months) {
    String first = SwedishFormat.month(months.get(0));
    String last = SwedishFormat.month(months.get(months.size() - 1));
    return first.equals(last) ? first : first + "–" + last;
  }

  /** Whether the caller may enter a budget: the controller, or a finance chief with an org. */
  public boolean isCanEnterBudget() {
    return currentUser.isController() || ownOrg() != null;
  }

  /**
   * The orgs the caller may enter a budget for: every org of the register for the controller,
   * the own org for a finance chief; also in a year with no result or budget yet.
   */
  public List<OrgInfo> getBudgetOrgs() {
    if (!isCanEnterBudget()) {
      return List.of();
    }
    if (register == null && !Faces.attempt(() -> register = service.orgs())) {
      return List.of();
    }
    Long own = ownOrg();
    return currentUser.isController() ? register
        : register.stream().filter(o -> own != null && o.id() == own).toList();
  }

  /** Saves the form's budget and reads the forecast again. */
  public void saveBudget() {
    Integer year = dashboard.getYear();
    if (year != null && Faces.attempt(() -> service.setBudget(year, budgetOrg, budgetAmount))) {
      Faces.info("forecast.budget.saved", budgetOrg, String.valueOf(year));
      forecast = null;
      getForecast();
    }
  }

  /** Whether the org's binding prognosis exceeds its budget by more than the work queue's 5 %. */
  public boolean over(OrgForecast o) {
    return o.exceeds(YearForecast.ALERT_PERCENT);
  }

  /** The org's budget source as text. */
  public String source(OrgForecast o) {
    return Messages.sv("forecast.source." + o.budgetSource().name());
  }

  private void fillForm() {
    List<OrgInfo> orgs = getBudgetOrgs();
    if (budgetOrg == null || orgs.stream().noneMatch(o -> o.code().equals(budgetOrg))) {
      budgetOrg = orgs.isEmpty() ? null : orgs.get(0).code();
    }
    OrgForecast chosen = forecast == null ? null : orgs.stream()
        .filter(o -> o.code().equals(budgetOrg)).findFirst().map(o -> forecast.org(o.id()))
        .orElse(null);
    budgetAmount = chosen == null || chosen.budget() == null
        || chosen.budgetSource() != YearForecast.BudgetSource.ENTERED ? null
        : chosen.budget().value();
  }

  /** The form's org changed: show its entered budget. */
  public void orgChosen() {
    fillForm();
  }

  private Long ownOrg() {
    return currentUser.isOrgFinance() && currentUser.getInfo() != null
        ? currentUser.getInfo().getOrgId() : null;
  }

  public String getBudgetOrg() {
    return budgetOrg;
  }

  public void setBudgetOrg(String budgetOrg) {
    this.budgetOrg = budgetOrg;
  }

  public BigDecimal getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(BigDecimal budgetAmount) {
    this.budgetAmount = budgetAmount;
  }
}
