package se.tjanstekatalog.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.dashboard.control.DashboardExcel;
import se.tjanstekatalog.dashboard.control.DashboardService;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.KindGroup;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.dashboard.domain.CostTally;
import se.tjanstekatalog.dashboard.domain.KeyFigure;
import se.tjanstekatalog.dashboard.domain.RatioStats;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;
import se.tjanstekatalog.forecast.boundary.ForecastResource.ForecastDto;
import se.tjanstekatalog.forecast.control.ForecastService;
import se.tjanstekatalog.forecast.domain.YearForecast;

/**
 * Ekonomichefsgruppens översikt as JSON and as an Excel workbook, with the page's roles
 * (IT_CONTROLLER, ORG_FINANCE, ADMIN): totals per org and service, never lines.
 */
@Path("/v1/dashboard")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Månadsbesked")
public class DashboardResource {
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject DashboardService service;
  @Inject ForecastService forecasts;

  /**
   * The year (or month) with its computed months, the org groups and the services, and the
   * year's helårsprognos for every org (as {@code GET /api/v1/forecast/{year}}).
   */
  public record DashboardDto(int year, String month, List<MonthDto> months,
      List<GroupDto> groups, FiguresDto total, List<ServiceDto> services,
      ForecastDto forecast) {}

  public record MonthDto(String period, String status, boolean stale) {}

  /** Förvaltningar (ADMINISTRATION) or bolag (COMPANY) with their medians and averages. */
  public record GroupDto(String kind, List<OrgDto> orgs, FiguresDto total, StatsDto median,
      StatsDto mean) {}

  public record OrgDto(String code, String name, String kind, FiguresDto figures,
      DeviationsDto deviationFromMedian) {}

  /**
   * Figures of an org or group: average headcount, turnover in MSEK, the binding model
   * (CHARGEBACK, ALLOCATION, MIXED) and each model's cost with its ratios (null: key value
   * missing).
   */
  public record FiguresDto(BigDecimal averageHeadcount, BigDecimal turnoverMsek,
      String binding, KeyFigureDto chargeback, KeyFigureDto allocation,
      KeyFigureDto bindingCost) {}

  /** A model's cost with its ratios per employee and per MSEK (null: key value missing). */
  public record KeyFigureDto(BigDecimal cost, BigDecimal perEmployee, BigDecimal perMsek) {
    static KeyFigureDto of(KeyFigure f) {
      return new KeyFigureDto(kr(f.cost()), kr(f.perEmployee()), kr(f.perMsek()));
    }
  }

  /** Per employee and per MSEK of both models and the binding cost. */
  public record StatsDto(BigDecimal chargebackPerEmployee, BigDecimal chargebackPerMsek,
      BigDecimal allocationPerEmployee, BigDecimal allocationPerMsek,
      BigDecimal bindingPerEmployee, BigDecimal bindingPerMsek) {}

  /** Percent of the group's median, one decimal. */
  public record DeviationsDto(BigDecimal chargebackPerEmployee, BigDecimal chargebackPerMsek,
      BigDecimal allocationPerEmployee, BigDecimal allocationPerMsek,
      BigDecimal bindingPerEmployee, BigDecimal bindingPerMsek) {}

  public record ServiceDto(String code, String name, String area, String unit,
      BigDecimal volume, BigDecimal cost, BigDecimal costPerUnit,
      List<ServiceMonthDto> months) {}

  public record ServiceMonthDto(String period, BigDecimal volume, BigDecimal cost,
      BigDecimal costPerUnit) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "IT cost per org under both models, per employee and per MSEK"
      + " turnover, and volume and cost per unit per service and month")
  @APIResponse(responseCode = "200", description = "The dashboard",
      content = @Content(schema = @Schema(implementation = DashboardDto.class)))
  @APIResponse(responseCode = "403", description = "A VIEWER")
  @APIResponse(responseCode = "422", description = "Not a year, or a month outside it")
  public DashboardDto json(
      @Parameter(description = "Year, e.g. 2026 (default: the latest computed year)")
          @QueryParam("year") String year,
      @Parameter(description = "One month of the year, yyyy-MM (default: the whole year)")
          @QueryParam("month") String month) {
    DashboardService.Dashboard d = load(year, month);
    CostDashboard c = d.costs();
    return new DashboardDto(c.year(), c.month() == null ? null : SwedishFormat.month(c.month()),
        c.months().stream().map(m -> new MonthDto(SwedishFormat.month(m.period()), m.status(),
            m.stale())).toList(),
        c.groups().stream().map(DashboardResource::group).toList(), figures(c.total()),
        d.services().stream().map(DashboardResource::service).toList(),
        forecast(c.year()));
  }

  private ForecastDto forecast(int year) {
    YearForecast f = forecasts.forecast(year);
    return ForecastDto.of(f, f.orgs());
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The dashboard's tables as an Excel workbook, with the year's"
      + " helårsprognos as the sheet Helårsprognos")
  public Response xlsx(
      @Parameter(description = "Year, e.g. 2026 (default: the latest computed year)")
          @QueryParam("year") String year,
      @Parameter(description = "One month of the year, yyyy-MM (default: the whole year)")
          @QueryParam("month") String month) {
    DashboardService.Dashboard d = load(year, month);
    return Response.ok(DashboardExcel.render(d, forecasts.forecast(d.costs().year())), XLSX)
        .header("Content-Disposition", "attachment; filename=\""
            + DashboardExcel.fileName(d.costs()) + "\"")
        .build();
  }

  private DashboardService.Dashboard load(String yearText, String monthText) {
    YearMonth month = null;
    if (monthText != null && !monthText.isBlank()) {
      try {
        month = SwedishFormat.parseMonth(monthText);
      } catch (DateTimeParseException e) {
        throw new RuleViolationException(new Violation("month", "error.month", monthText));
      }
    }
    int year;
    if (yearText != null && !yearText.isBlank()) {
      try {
        year = Integer.parseInt(yearText.strip());
      } catch (NumberFormatException e) {
        throw new RuleViolationException(new Violation("year", "dashboard.error.year",
            yearText, "2000", "2100"));
      }
    } else if (month != null) {
      year = month.getYear();
    } else {
      Integer latest = service.latestYear();
      year = latest == null ? Year.now().getValue() : latest;
    }
    return service.dashboard(year, month);
  }

  private static GroupDto group(KindGroup g) {
    return new GroupDto(g.company() ? "COMPANY" : "ADMINISTRATION",
        g.orgs().stream().map(DashboardResource::org).toList(), figures(g.total()),
        stats(g, true), stats(g, false));
  }

  private static OrgDto org(OrgRow o) {
    return new OrgDto(o.org().code(), o.org().name(),
        o.org().company() ? "COMPANY" : "ADMINISTRATION", figures(o.tally()),
        new DeviationsDto(o.chargebackPerEmployeeDeviation(), o.chargebackPerMsekDeviation(),
            o.allocationPerEmployeeDeviation(), o.allocationPerMsekDeviation(),
            o.bindingPerEmployeeDeviation(), o.bindingPerMsekDeviation()));
  }

  private static FiguresDto figures(CostTally t) {
    return new FiguresDto(t.averageHeadcount(), t.turnoverMsek(), t.bindingModel().name(),
        KeyFigureDto.of(t.chargebackFigure()), KeyFigureDto.of(t.allocationFigure()),
        KeyFigureDto.of(t.bindingFigure()));
  }

  private static StatsDto stats(KindGroup g, boolean median) {
    CostDashboard.KindStats s = g.stats();
    return new StatsDto(pick(s.chargebackPerEmployee(), median),
        pick(s.chargebackPerMsek(), median), pick(s.allocationPerEmployee(), median),
        pick(s.allocationPerMsek(), median), pick(s.bindingPerEmployee(), median),
        pick(s.bindingPerMsek(), median));
  }

  private static BigDecimal pick(RatioStats stats, boolean median) {
    return kr(median ? stats.median() : stats.mean());
  }

  private static ServiceDto service(ServiceTrend s) {
    return new ServiceDto(s.code(), s.name(), s.areaName(), s.unit(), s.volume(),
        kr(s.cost()), kr(s.costPerUnit()), s.months().stream().filter(m -> m.volume() != null)
            .map(m -> new ServiceMonthDto(SwedishFormat.month(m.period()), m.volume(),
                kr(m.cost()), kr(m.costPerUnit()))).toList());
  }

  /** An amount in the JSON: kronor with two decimals; null stays null. */
  private static BigDecimal kr(Amount amount) {
    return amount == null ? null : amount.value();
  }
}
