package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.costing.control.ComparisonReport;
import se.tjanstekatalog.costing.control.ResultQueries;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Jämförelse: every org under both models over a range of months (default: the latest
 * computed year), optionally for one service area, with the difference per org as a chart and
 * one org's (or all orgs') months with the binding model of each. The URL parameters
 * {@code from}, {@code to}, {@code area} and {@code org} (codes) open a chosen view.
 */
@Named
@ViewScoped
public class ComparisonBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ResultQueries queries;
  @Inject CurrentUser currentUser;

  private String fromParam;
  private String toParam;
  private String orgParam;
  private LocalDate from;
  private LocalDate to;
  private String area;
  private Long trendOrg;
  private List<ResultQueries.Area> areas;
  private ComparisonReport report;
  /** The report's org rows in a list the table may sort in place. */
  private List<ComparisonReport.OrgRow> orgs;
  private String differenceChart;
  private String trendChart;

  /** The view action: the URL's choices, else the latest computed year and all areas. */
  public void init() {
    YearMonth latest = queries.latestComputed().orElse(YearMonth.now());
    YearMonth first = parse(fromParam, latest.withMonth(1));
    from = first.atDay(1);
    to = parse(toParam, first.withMonth(12)).atDay(1);
    Long own = currentUser.isOrgFinance() && currentUser.getInfo() != null
        ? currentUser.getInfo().getOrgId() : null;
    trendOrg = own;
    load();
    if (orgParam != null && report != null) {
      ComparisonReport.OrgRow row = report.org(orgParam.strip());
      trendOrg = row == null ? own : Long.valueOf(row.orgId());
      load();
    }
  }

  /** Reads the figures for the current choices; a bad range shows as a message. */
  public void load() {
    if (!Faces.attempt(() -> {
      areas = queries.areas();
      report = queries.comparisonReport(YearMonth.from(from), YearMonth.from(to), area,
          trendOrg);
      orgs = new ArrayList<>(report.orgs());
      differenceChart = ComparisonCharts.differenceBar(report);
      trendChart = ComparisonCharts.trendLine(report, getTrendTitle());
    })) {
      report = null;
      orgs = List.of();
    }
  }

  private static YearMonth parse(String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      Faces.error(null, Messages.sv("error.month", text));
      return fallback;
    }
  }

  public ComparisonReport getReport() {
    return report;
  }

  public List<ComparisonReport.OrgRow> getOrgs() {
    return orgs;
  }

  public List<ResultQueries.Area> getAreas() {
    return areas;
  }

  public String getDifferenceChart() {
    return differenceChart;
  }

  public String getTrendChart() {
    return trendChart;
  }

  /** The org the months are for, by name, or "all orgs". */
  public String getTrendOrgName() {
    if (trendOrg != null && report != null) {
      for (ComparisonReport.OrgRow o : report.orgs()) {
        if (o.orgId() == trendOrg) {
          return o.name();
        }
      }
    }
    return Messages.sv("comparison.allOrgs");
  }

  /** The months chart's title, also its text for screen readers. */
  public String getTrendTitle() {
    return Messages.sv("comparison.chart.trend", getTrendOrgName());
  }

  /** The range as text for the export link and headings, e.g. {@code 2026-01}. */
  public String getFromText() {
    return from == null ? "" : SwedishFormat.month(YearMonth.from(from));
  }

  public String getToText() {
    return to == null ? "" : SwedishFormat.month(YearMonth.from(to));
  }

  public String getFromParam() {
    return fromParam;
  }

  public void setFromParam(String fromParam) {
    this.fromParam = fromParam;
  }

  public String getToParam() {
    return toParam;
  }

  public void setToParam(String toParam) {
    this.toParam = toParam;
  }

  public String getOrgParam() {
    return orgParam;
  }

  public void setOrgParam(String orgParam) {
    this.orgParam = orgParam;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    if (from != null) {
      this.from = from.withDayOfMonth(1);
    }
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    if (to != null) {
      this.to = to.withDayOfMonth(1);
    }
  }

  /** The chosen service area's code; null for all areas. */
  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area == null || area.isBlank() ? null : area;
  }

  public Long getTrendOrg() {
    return trendOrg;
  }

  public void setTrendOrg(Long trendOrg) {
    this.trendOrg = trendOrg;
  }
}
