package se.tjanstekatalog.annualreport.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import se.tjanstekatalog.annualreport.control.AnnualReportLayout;
import se.tjanstekatalog.annualreport.control.AnnualReportService;
import se.tjanstekatalog.annualreport.control.AnnualReportService.TextInput;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.AnnualReport.Text;
import se.tjanstekatalog.annualreport.entity.AnnualText;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * The årsberättelse page: a year (the year pager, {@code ?year=}), its sections with the two
 * charts, links to the PDF and the Word document, and for IT_CONTROLLER a form for the text of
 * the whole or one area. One service call per action.
 */
@Named
@ViewScoped
public class AnnualReportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AnnualReportService service;
  @Inject CurrentUser currentUser;

  private final YearPager years = new YearPager(this::load);
  private boolean yearGiven;
  private AnnualReport report;
  private String costChart;
  private String perEmployeeChart;
  private Map<Long, Long> versions = Map.of();
  private long scope = AnnualText.WHOLE;
  private String events;
  private String efficiencies;
  private String nextSteps;

  /** The view action: the year of the URL, else the latest computed year. */
  public void init() {
    if (!yearGiven) {
      years.setYear(service.defaultYear());
    }
    load();
  }

  /** Reads the year's report and fills the text form with the chosen part's text. */
  public void load() {
    report = null;
    Faces.attempt(() -> {
      report = service.report(years.getYear());
      versions = service.textVersions(years.getYear());
    });
    if (report != null) {
      costChart = AnnualPageCharts.costByArea(report,
          Messages.sv("annual.chart.costByArea", String.valueOf(report.year())));
      perEmployeeChart = AnnualPageCharts.perEmployee(report,
          Messages.sv("annual.chart.perEmployee", String.valueOf(report.year())));
      fillForm();
    }
  }

  /** Shows the chosen part's saved text in the form. */
  public void chooseScope() {
    fillForm();
  }

  /** IT_CONTROLLER saves the chosen part's text. */
  public void saveText() {
    if (Faces.attempt(() -> service.saveText(new TextInput(years.getYear(), scope, events,
        efficiencies, nextSteps, versions.get(scope))))) {
      Faces.info("annual.text.saved");
      load();
    }
  }

  private void fillForm() {
    Text t = scope == AnnualText.WHOLE ? report.whole().text()
        : report.areas().stream().filter(a -> a.areaId() == scope).map(AreaSection::text)
            .findFirst().orElse(Text.NONE);
    events = t.events();
    efficiencies = t.efficiencies();
    nextSteps = t.nextSteps();
  }

  public boolean isEditable() {
    return currentUser.isController() && report != null;
  }

  public String getCoverage() {
    return report == null ? "" : AnnualReportLayout.coverage(report);
  }

  /** Paragraphs of a text: split at empty lines, for the page. */
  public java.util.List<String> paragraphs(String text) {
    return text == null || text.isBlank() ? java.util.List.of()
        : java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).toList();
  }

  public YearPager getYears() {
    return years;
  }

  /** {@code ?year=}: set before the view action, which then keeps it. */
  public void setYearParam(Integer year) {
    if (year != null) {
      years.setYear(year);
      yearGiven = true;
    }
  }

  public Integer getYearParam() {
    return yearGiven ? years.getYear() : null;
  }

  public AnnualReport getReport() {
    return report;
  }

  public String getCostChart() {
    return costChart;
  }

  public String getPerEmployeeChart() {
    return perEmployeeChart;
  }

  public long getScope() {
    return scope;
  }

  public void setScope(long scope) {
    this.scope = scope;
  }

  public String getEvents() {
    return events;
  }

  public void setEvents(String events) {
    this.events = events;
  }

  public String getEfficiencies() {
    return efficiencies;
  }

  public void setEfficiencies(String efficiencies) {
    this.efficiencies = efficiencies;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }
}
