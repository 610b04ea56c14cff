package se.tjanstekatalog.forecast.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.forecast.control.ForecastService;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.YearParam;

/**
 * The helårsprognos as JSON, with the budget API's roles and scope (IT_CONTROLLER, ORG_FINANCE,
 * ADMIN; ekonomichefsgruppen sees every org), and an org's yearly IT budget set over the API
 * (the org's ORG_FINANCE or IT_CONTROLLER).
 */
@Path("/v1/forecast")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Budgetunderlag")
public class ForecastResource {
  @Inject ForecastService service;
  @Context Request request;

  /**
   * A year's prognosis: computedMonths are stored, forecastMonths forecast; runRateMonths the
   * months the run-rate averages. total sums the orgs; its budget and deviation cover the orgs
   * with a budget.
   */
  public record ForecastDto(int year, List<String> computedMonths, List<String> forecastMonths,
      List<String> runRateMonths, List<OrgDto> orgs, TotalDto total) {
    /** The year's forecast with these of its orgs (the total is the whole year's). */
    public static ForecastDto of(YearForecast f, List<OrgForecast> orgs) {
      return new ForecastDto(f.year(), months(f.computed()), months(f.rest()),
          months(f.runRateMonths()), orgs.stream().map(ForecastResource::org).toList(),
          new TotalDto(ModelsDto.of(f.actual()), ModelsDto.of(f.forecast()),
              ModelsDto.of(f.prognosis()), kr(f.budget()), kr(f.deviation()),
              f.deviationPercent()));
    }
  }

  public record TotalDto(ModelsDto actual, ModelsDto forecast, ModelsDto prognosis,
      BigDecimal budget, BigDecimal deviation, BigDecimal deviationPercent) {}

  /**
   * One org: method RUN_RATE or BUDGETUNDERLAG; budgetSource BUDGETUNDERLAG (the latest
   * published version's binding total), ENTERED or NONE; deviation = binding prognosis − budget.
   */
  public record OrgDto(String code, String name, String kind, String method, ModelsDto actual,
      ModelsDto forecast, ModelsDto prognosis, BigDecimal budget, String budgetSource,
      BigDecimal deviation, BigDecimal deviationPercent, List<MonthDto> months) {}

  public record ModelsDto(BigDecimal chargeback, BigDecimal allocation, BigDecimal binding) {
    static ModelsDto of(Models m) {
      return new ModelsDto(m.chargeback().value(), m.allocation().value(),
          m.binding().value());
    }
  }

  /** A month of the org's year: computed (stored) or forecast. */
  public record MonthDto(String period, boolean computed, ModelsDto amounts) {}

  /** An org's yearly IT budget, kr. */
  public record BudgetDto(BigDecimal amount) {}

  @GET
  @Path("{year}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Helårsprognos of a year per org under both models against the budget",
      description = "The computed months' stored results plus a forecast of the rest: the"
          + " year's latest published budgetunderlag ÷ 12 per month where it has the org, else"
          + " the mean of the last three computed months. Rounded to öre so the orgs sum to the"
          + " total. ETag / If-None-Match → 304.")
  @APIResponse(responseCode = "200", description = "The prognosis",
      content = @Content(schema = @Schema(implementation = ForecastDto.class)))
  @APIResponse(responseCode = "403", description = "A VIEWER")
  @APIResponse(responseCode = "404", description = "No such org in the year")
  @APIResponse(responseCode = "422", description = "Not a year from 2000 to 2100")
  public Response forecast(
      @Parameter(description = "The year, e.g. 2026") @PathParam("year") String year,
      @Parameter(description = "One org's code, e.g. GSF (default: every org)")
          @QueryParam("org") String org) {
    YearForecast f = service.forecast(year(year));
    List<OrgForecast> orgs = f.orgs();
    if (org != null && !org.isBlank()) {
      orgs = orgs.stream().filter(o -> o.org().code().equalsIgnoreCase(org.strip())).toList();
      if (orgs.isEmpty()) {
        throw new NotFoundException("forecast.orgNotFound", org.strip());
      }
    }
    return ReadApi.one(request, ForecastDto.of(f, orgs));
  }

  @PUT
  @Path("{year}/budgets/{org}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an org's yearly IT budget (kr, 0 or more)",
      description = "The prognosis's budget where the year has no published budgetunderlag"
          + " with the org. The org's ORG_FINANCE or IT_CONTROLLER; audited.")
  @APIResponse(responseCode = "204", description = "Saved")
  @APIResponse(responseCode = "403", description = "Another org's finance chief, or ADMIN")
  @APIResponse(responseCode = "404", description = "No such org")
  @APIResponse(responseCode = "422", description = "No amount, a negative one or more than"
      + " two decimals")
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public Response setBudget(@PathParam("year") String year, @PathParam("org") String org,
      BudgetDto body) {
    service.setBudget(year(year), org, body == null ? null : body.amount());
    return Response.noContent().build();
  }

  private static OrgDto org(OrgForecast o) {
    return new OrgDto(o.org().code(), o.org().name(),
        o.org().company() ? "COMPANY" : "ADMINISTRATION", o.method().name(),
        ModelsDto.of(o.actual()), ModelsDto.of(o.forecast()), ModelsDto.of(o.prognosis()),
        kr(o.budget()), o.budgetSource().name(), kr(o.deviation()), o.deviationPercent(),
        o.months().stream().map(m -> new MonthDto(SwedishFormat.month(m.period()),
            m.computed(), ModelsDto.of(m.amounts()))).toList());
  }

  static int year(String text) {
    return YearParam.parse(text, "forecast.error.year", ForecastService.FIRST_YEAR,
        ForecastService.LAST_YEAR);
  }


  private static List<String> months(List<java.time.YearMonth> months) {
    return months.stream().map(SwedishFormat::month).toList();
  }

  private static BigDecimal kr(Amount amount) {
    return amount == null ? null : amount.value();
  }
}
