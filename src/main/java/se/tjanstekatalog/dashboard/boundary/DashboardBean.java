package se.tjanstekatalog.dashboard.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.dashboard.control.DashboardService;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthRow;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;

/**
 * Ekonomichefsgruppens översikt: a year (or one month of it) of every org's IT cost under both
 * models with the ratios, the months of one org or all, and the services' volume and cost per
 * unit. URL parameters {@code year}, {@code month} (yyyy-MM), {@code org} and {@code service}
 * (codes) open a chosen view. One service call per choice; the rest is built from its result.
 *
 * <p>The page shows one of its four parts at a time ({@code section}: the orgs, the full-year
 * forecast, month by month, the services), linked from a row of links above them: the whole
 * year on one page was 120 kB of tables and the forecast's reads for every request, of which a
 * reader looks at one part (issue 16).
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {
  private static final long serialVersionUID = 1L;
  /**
   * The organisations' table's column groups, one per model (cost, per employee, deviation,
   * per MSEK): the whole table (17 columns) is twice a laptop's width, so it opens with the
   * binding model's figures and the column chooser adds the others for this view.
   */
  public static final List<String> COLUMN_GROUPS = List.of("CHARGEBACK", "ALLOCATION", "BINDING");
  static final List<String> DEFAULT_COLUMNS = List.of("BINDING");
  /** The page's parts, in the order of its links; the first is shown when none is chosen. */
  public static final List<String> SECTIONS = List.of("overview", "forecast", "months", "services");
  private static final DashboardOrgTable.Texts SWEDISH =
      new DashboardOrgTable.Texts(SwedishFormat.SWEDISH);

  @Inject DashboardService service;
  @Inject CurrentUser currentUser;

  private String yearParam;
  private String monthParam;
  private String orgParam;
  private String serviceParam;
  private String columnsParam;
  private String sectionParam;
  private String section = SECTIONS.get(0);
  private Integer year;
  private String month;
  private Long trendOrg;
  private Long serviceId;
  private DashboardService.Dashboard dashboard;
  private List<MonthRow> trend;
  private String perEmployeeChart;
  private String trendChart;
  private String serviceChart;
  private List<String> shownColumns = new ArrayList<>(DEFAULT_COLUMNS);

  /** The view action: the URL's choices, else the latest computed year, the caller's org. */
  public void init() {
    Integer latest = service.latestYear();
    year = latest == null ? Year.now().getValue() : latest;
    if (yearParam != null && !yearParam.isBlank()) {
      try {
        year = Integer.valueOf(yearParam.strip());
      } catch (NumberFormatException e) {
        Faces.error(null, Messages.sv("dashboard.error.year", yearParam, "2000", "2100"));
      }
    }
    if (monthParam != null && !monthParam.isBlank()) {
      try {
        YearMonth m = SwedishFormat.parseMonth(monthParam);
        month = SwedishFormat.month(m);
        year = m.getYear();
      } catch (DateTimeParseException e) {
        Faces.error(null, Messages.sv("error.month", monthParam));
      }
    }
    section = section(sectionParam, serviceParam);
    if (section == null) {
      Faces.error(null, Messages.sv("dashboard.error.section", sectionParam.strip(),
          String.join(", ", SECTIONS)));
      section = SECTIONS.get(0);
    }
    if (columnsParam != null && !columnsParam.isBlank()) {
      setShownColumns(Arrays.stream(columnsParam.split(",")).map(String::strip).toList());
    }
    if (currentUser.isOrgFinance() && currentUser.getInfo() != null) {
      trendOrg = currentUser.getInfo().getOrgId();
    }
    load();
    if (dashboard != null && orgParam != null && !orgParam.isBlank()) {
      OrgRow row = dashboard.costs().org(orgParam.strip());
      if (row != null) {
        trendOrg = row.org().id();
      }
    }
    if (dashboard != null && serviceParam != null && !serviceParam.isBlank()) {
      dashboard.services().stream().filter(s -> s.code().equalsIgnoreCase(serviceParam.strip()))
          .findFirst().ifPresent(s -> serviceId = s.serviceId());
    }
    refresh();
  }

  /**
   * The part the URL asks for; without one, the services for a link to a service (as before the
   * page had parts), else the orgs; null for an unknown part.
   */
  static String section(String param, String serviceParam) {
    if (param == null || param.isBlank()) {
      return serviceParam == null || serviceParam.isBlank() ? SECTIONS.get(0) : "services";
    }
    String chosen = param.strip();
    return SECTIONS.contains(chosen) ? chosen : null;
  }

  /** Reads the chosen year (and month); a bad choice shows as a message. */
  public void load() {
    YearMonth chosen = month == null || month.isBlank() ? null : SwedishFormat.parseMonth(month);
    if (chosen != null && chosen.getYear() != year) {
      chosen = null;
      month = null;
    }
    YearMonth m = chosen;
    if (!Faces.attempt(() -> dashboard = service.dashboard(year, m))) {
      dashboard = null;
    }
    refresh();
  }

  /**
   * Checks the chosen org and service against the loaded figures (org or service changed); the
   * trend and the charts are built again when the shown part asks for them.
   */
  public void refresh() {
    trend = null;
    perEmployeeChart = null;
    trendChart = null;
    serviceChart = null;
    if (dashboard == null) {
      return;
    }
    CostDashboard costs = dashboard.costs();
    if (trendOrg != null && costs.rows().stream().noneMatch(r -> r.orgId() == trendOrg)) {
      trendOrg = null;
    }
    if (serviceId == null || getSelectedService() == null) {
      serviceId = dashboard.services().isEmpty() ? null
          : dashboard.services().get(0).serviceId();
    }
  }

  public DashboardService.Dashboard getDashboard() {
    return dashboard;
  }

  public CostDashboard getCosts() {
    return dashboard == null ? null : dashboard.costs();
  }

  /*
   * The trend and the charts are built on first use: each part renders one or two of them, and
   * building all for every request was work for parts not shown.
   */

  public List<MonthRow> getTrend() {
    if (trend == null) {
      trend = dashboard == null ? List.of() : dashboard.costs().trend(trendOrg);
    }
    return trend;
  }

  public String getPerEmployeeChart() {
    if (perEmployeeChart == null && dashboard != null) {
      perEmployeeChart = SharedDashboardParts.perEmployeeChart(dashboard, getPerEmployeeTitle());
    }
    return perEmployeeChart;
  }

  /** The organisations' table with the chosen column groups, as the texts of its cells. */
  public DashboardOrgTable getOrgTable() {
    return dashboard == null ? null : SharedDashboardParts.orgTable(dashboard, shownColumns,
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getTrendChart() {
    if (trendChart == null && dashboard != null) {
      trendChart = DashboardCharts.trendLine(getTrend(), getTrendTitle());
    }
    return trendChart;
  }

  public String getServiceChart() {
    if (serviceChart == null) {
      ServiceTrend selected = getSelectedService();
      serviceChart = selected == null ? null : DashboardCharts.serviceChart(selected,
          Messages.sv("dashboard.chart.service", selected.name()));
    }
    return serviceChart;
  }

  /** The years to choose from: those with computed months, and the chosen one. */
  public List<Integer> getYears() {
    List<Integer> years = dashboard == null ? List.of() : dashboard.years();
    return years.contains(year) ? years : Stream.concat(Stream.of(year), years.stream())
        .sorted(Comparator.reverseOrder()).toList();
  }

  /** The computed months of the chosen year, as yyyy-MM. */
  public List<String> getMonths() {
    return dashboard == null ? List.of() : dashboard.costs().months().stream()
        .map(s -> SwedishFormat.month(s.period())).toList();
  }

  /** The year as text, without digit grouping. */
  public String getYearText() {
    return String.valueOf(year);
  }

  /** "2026" or "2026-03": what the org table covers. */
  public String getPeriodText() {
    return month == null || month.isBlank() ? String.valueOf(year) : month;
  }

  public ServiceTrend getSelectedService() {
    if (dashboard == null || serviceId == null) {
      return null;
    }
    return dashboard.services().stream().filter(s -> s.serviceId() == serviceId).findFirst()
        .orElse(null);
  }

  /** The org the months are for, by name, or "all". */
  public String getTrendOrgName() {
    OrgRow org = trendOrgRow();
    return org == null ? Messages.sv("dashboard.trend.all") : org.org().name();
  }

  /** The org the months are for, or null for all orgs. */
  private OrgRow trendOrgRow() {
    if (trendOrg != null && dashboard != null) {
      for (OrgRow o : dashboard.costs().orgRows()) {
        if (o.org().id() == trendOrg) {
          return o;
        }
      }
    }
    return null;
  }

  /** The bar chart's title, also its text for screen readers. */
  public String getPerEmployeeTitle() {
    return Messages.sv("dashboard.chart.perEmployee", getPeriodText());
  }

  /** The months chart's title, also its text for screen readers. */
  public String getTrendTitle() {
    return Messages.sv("dashboard.chart.trend", getTrendOrgName());
  }

  /** The part shown: one of {@link #SECTIONS}. */
  public String getSection() {
    return section;
  }

  public List<String> getSections() {
    return SECTIONS;
  }

  /**
   * The link to a part: the chosen year, month, org (of the months and the forecast's months),
   * service (unless the first, shown anyway) and columns kept, relative to the page.
   */
  public String sectionHref(String part) {
    StringBuilder href = new StringBuilder("dashboard.xhtml?year=").append(year);
    if (month != null) {
      href.append("&month=").append(month);
    }
    OrgRow org = trendOrgRow();
    if (org != null) {
      href.append("&org=").append(URLEncoder.encode(org.org().code(), StandardCharsets.UTF_8));
    }
    ServiceTrend selected = getSelectedService();
    if (selected != null && selected.serviceId() != dashboard.services().get(0).serviceId()) {
      href.append("&service=").append(URLEncoder.encode(selected.code(), StandardCharsets.UTF_8));
    }
    if (!shownColumns.equals(DEFAULT_COLUMNS)) {
      href.append("&columns=").append(String.join(",", shownColumns));
    }
    return href.append("&section=").append(part).toString();
  }

  /** The URL's {@code section}: one of {@link #SECTIONS}. */
  public String getSectionParam() {
    return sectionParam;
  }

  public void setSectionParam(String sectionParam) {
    this.sectionParam = sectionParam;
  }

  public List<String> getColumnGroups() {
    return COLUMN_GROUPS;
  }

  public List<String> getShownColumns() {
    return shownColumns;
  }

  /** The chooser's choice; values that are no column group are ignored. */
  public void setShownColumns(List<String> shown) {
    shownColumns = new ArrayList<>(COLUMN_GROUPS.stream()
        .filter(g -> shown != null && shown.contains(g)).toList());
  }

  /*
   * Only the chosen groups are rendered (getOrgTable): the organisations' table had all 17
   * columns in every page and hid 10 of them with CSS, so every request paid for the figures
   * nobody saw.
   */

  public boolean isShowBinding() {
    return shownColumns.contains("BINDING");
  }

  /** The chosen models of the five-column groups, in the table's order. */
  public List<String> getShownModels() {
    return shownColumns.stream().filter(g -> !g.equals("BINDING")).toList();
  }

  /** The URL's {@code columns}: the chosen groups, comma-separated, e.g. {@code CHARGEBACK,BINDING}. */
  public String getColumnsParam() {
    return columnsParam;
  }

  public void setColumnsParam(String columnsParam) {
    this.columnsParam = columnsParam;
  }

  /** A ratio or "saknas". */
  public String kr(Amount value) {
    return SWEDISH.ratio(value);
  }

  /** A percentage with one decimal ({@code 101,0 %} beside {@code 97,4 %}), or "–". */
  public String percent(BigDecimal value) {
    return SWEDISH.percent(value);
  }

  /** A volume with up to four decimals (hours, GB), or "–" for a month without lines. */
  public String volume(BigDecimal value) {
    return value == null ? "–" : SwedishFormat.tableDecimal(value, 4);
  }

  /** An average headcount with one decimal ({@code 7 757,0} beside {@code 2 922,4}), or "saknas". */
  public String headcount(BigDecimal value) {
    return SWEDISH.headcount(value);
  }

  /** Turnover in MSEK with two decimals ({@code 2 298,60} beside {@code 3 678,02}), or "saknas". */
  public String msek(BigDecimal value) {
    return SWEDISH.msek(value);
  }

  public String getYearParam() {
    return yearParam;
  }

  public void setYearParam(String yearParam) {
    this.yearParam = yearParam;
  }

  public String getMonthParam() {
    return monthParam;
  }

  public void setMonthParam(String monthParam) {
    this.monthParam = monthParam;
  }

  public String getOrgParam() {
    return orgParam;
  }

  public void setOrgParam(String orgParam) {
    this.orgParam = orgParam;
  }

  public String getServiceParam() {
    return serviceParam;
  }

  public void setServiceParam(String serviceParam) {
    this.serviceParam = serviceParam;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    if (year != null) {
      this.year = year;
    }
  }

  /** The chosen month (yyyy-MM); null or blank for the whole year. */
  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month == null || month.isBlank() ? null : month;
  }

  public Long getTrendOrg() {
    return trendOrg;
  }

  public void setTrendOrg(Long trendOrg) {
    this.trendOrg = trendOrg;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }
}
