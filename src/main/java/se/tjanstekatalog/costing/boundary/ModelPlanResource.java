package se.tjanstekatalog.costing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.costing.control.ModelPlanService;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanView;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The model plan (modellplan): which financing model binds each service area from which
 * month. The same roles as the page (IT_CONTROLLER, ORG_FINANCE, ADMIN).
 */
@Path("/v1/modelplan")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Beräkning")
public class ModelPlanResource {
  static final String EXAMPLE = "{\"latestLocked\":\"2026-02\",\"periods\":[{\"area\":"
      + "\"ARBETSPLATS\",\"areaName\":\"Arbetsplats\",\"from\":\"2026-01\",\"to\":null,"
      + "\"model\":\"CHARGEBACK\",\"shadow\":\"ALLOCATION\",\"note\":\"Beslut KS 2025-11-12\"}]}";

  @Inject ModelPlanService plan;
  @Context Request request;

  /**
   * An unbroken run of months with one binding model; to is null while it runs on. model is
   * CHARGEBACK (internfakturering) or ALLOCATION (solidarisk fördelning); shadow the other.
   */
  public record PeriodDto(String area, String areaName, String from, String to, String model,
      String shadow, String note) {
    static PeriodDto of(Period p) {
      return new PeriodDto(p.area().code(), p.area().name(), SwedishFormat.month(p.from()),
          p.to() == null ? null : SwedishFormat.month(p.to()), p.model().name(),
          p.shadow().name(), p.entry() == null ? null : p.entry().note());
    }
  }

  public record PlanDto(String latestLocked, List<PeriodDto> periods) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The model plan per service area and period",
      description = "Every area's periods in order; months up to latestLocked cannot change."
          + " ETag / If-None-Match → 304.")
  @APIResponse(responseCode = "200", description = "The plan",
      content = @Content(schema = @Schema(implementation = PlanDto.class),
          examples = @ExampleObject(name = "plan", value = EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "403", description = "VIEWER")
  public Response plan() {
    PlanView view = plan.view();
    return ReadApi.one(request, new PlanDto(
        view.latestLocked() == null ? null : SwedishFormat.month(view.latestLocked()),
        view.periods().stream().map(PeriodDto::of).toList()));
  }
}
