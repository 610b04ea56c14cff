package se.tjanstekatalog.costing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.costing.control.ResultQueries;
import se.tjanstekatalog.costing.control.ResultQueries.LineRow;
import se.tjanstekatalog.costing.control.ResultQueries.OrgResults;
import se.tjanstekatalog.costing.control.ResultQueries.PeriodResults;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * A computed month's stored results under both models, per org with its lines. The same access
 * rules as the pages: IT_CONTROLLER and ADMIN see every org, VIEWER and ORG_FINANCE their own.
 */
@Path("/v1/periods")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Beräkning", description = "Internfakturering och solidarisk fördelning per månad")
public class PeriodResultsResource {
  @Inject ResultQueries queries;

  /** A computed month: its state, the run that stored it, and the orgs' results. */
  public record PeriodResultsDto(String period, String status, String fingerprint,
      String computedAt, String computedBy, boolean stale, List<OrgResultsDto> orgs) {}

  /**
   * One org's month. Binding = the lines of the model the plan names for each area (skarp);
   * shadow = the other model's lines (skugga); difference = binding − shadow, in kr and in
   * percent of the shadow (null when the shadow is 0).
   */
  public record OrgResultsDto(String code, String name, String kind, BigDecimal bindingTotal,
      BigDecimal shadowTotal, BigDecimal chargebackTotal, BigDecimal allocationTotal,
      BigDecimal difference, BigDecimal differencePercent, List<LineDto> lines) {}

  /**
   * One result line. {@code model} CHARGEBACK (internfakturering) or ALLOCATION (solidarisk
   * fördelning); {@code source} CONSUMPTION or SUBSCRIPTION (service and level, quantity ×
   * unit price) or POOL (the pool, key value of key total); fields that do not apply to the
   * line's source are left out.
   */
  public record LineDto(String model, boolean binding, String area, String service,
      String level, String pool, String source, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal keyValue, BigDecimal keyTotal, BigDecimal amount) {}

  @GET
  @Path("{period}/results")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A computed month's results under both models, per org and line",
      description = "IT_CONTROLLER and ADMIN: every org, or the one in org. VIEWER and"
          + " ORG_FINANCE: their own org only (without org: their own; another org's code"
          + " is refused with 403). Amounts in kronor with two decimals.")
  @APIResponse(responseCode = "200", description = "The month's results",
      content = @Content(schema = @Schema(implementation = PeriodResultsDto.class)))
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Another org's results")
  @APIResponse(responseCode = "404", description = "No such org, or the month is not computed")
  @APIResponse(responseCode = "422", description = "The period is not a month (yyyy-MM)")
  public PeriodResultsDto results(
      @Parameter(description = "Month, yyyy-MM, e.g. 2026-07") @PathParam("period")
          String period,
      @Parameter(description = "Org code, e.g. GSF (default: all orgs the caller may see)")
          @QueryParam("org") String org) {
    PeriodResults results = queries.periodResults(month(period, "period"), org);
    return new PeriodResultsDto(SwedishFormat.month(results.period()), results.status(),
        results.run().fingerprint(), results.run().computedAt().toString(),
        results.run().computedBy(), results.run().stale(),
        results.orgs().stream().map(PeriodResultsResource::dto).toList());
  }

  /** A month as yyyy-MM; 422 naming the parameter when it is not one. */
  static YearMonth month(String text, String parameter) {
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation(parameter, "error.month", text));
    }
  }

  private static OrgResultsDto dto(OrgResults o) {
    var t = o.totals();
    return new OrgResultsDto(o.code(), o.name(), o.company() ? "COMPANY" : "ADMINISTRATION",
        kr(t.binding()), kr(t.shadow()), kr(t.chargeback()), kr(t.allocation()),
        kr(t.difference()), t.differencePercent(),
        o.lines().stream().map(PeriodResultsResource::dto).toList());
  }

  private static LineDto dto(LineRow l) {
    return new LineDto(l.model(), l.binding(), l.areaCode(), l.serviceCode(), l.levelCode(),
        l.poolCode(), l.source(), l.quantity(), kr(l.unitPrice()), l.keyValue(), l.keyTotal(),
        kr(l.amount()));
  }

  /** Kronor always with two decimals in the JSON, also for a sum of nothing. */
  private static BigDecimal kr(BigDecimal value) {
    return value == null ? null : Amount.of(value).value();
  }

  private static BigDecimal kr(Amount value) {
    return value == null ? null : value.value();
  }
}
