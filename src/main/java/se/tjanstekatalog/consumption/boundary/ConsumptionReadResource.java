package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.consumption.control.ConsumptionQueries;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.UsagePage;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.UsageRow;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * A month's consumption per org, service and level, for integrators: paged, with an ETag, and
 * scoped like the consumption overview (VIEWER and ORG_FINANCE see their own org only).
 */
@Path("/v1/consumption")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Förbrukning", description = "Förbrukning från flöden och skript")
public class ConsumptionReadResource {
  static final String EXAMPLE = "{\"month\":\"2026-03\",\"page\":1,\"size\":100,\"total\":1,"
      + "\"rows\":[{\"org\":\"GSF\",\"orgName\":\"Grundskoleförvaltningen\","
      + "\"service\":\"ARB-DATOR\",\"serviceName\":\"Dator\",\"level\":\"STD\","
      + "\"levelName\":\"Standard\",\"unit\":\"ST\",\"rows\":412,\"quantity\":412.0000,"
      + "\"unitPrice\":455.00,\"amount\":187460.00}]}";

  @Inject ConsumptionQueries queries;
  @Context Request request;
  @Context UriInfo uri;

  /** One org's use of one level; amount = quantity × the month's charged price (kr). */
  public record UsageDto(String org, String orgName, String service, String serviceName,
      String level, String levelName, String unit, long rows, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal amount) {
    static UsageDto of(UsageRow r) {
      return new UsageDto(r.org(), r.orgName(), r.service(), r.serviceName(), r.level(),
          r.levelName(), r.unit(), r.rows(), r.quantity(), r.unitPrice(), r.amount());
    }
  }

  public record UsagePageDto(String month, int page, int size, long total,
      List<UsageDto> rows) {}

  @GET
  @Path("{month}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A month's consumption per org, service and level",
      description = "Active imports only, ordered by org, service and level. IT_CONTROLLER and"
          + " ADMIN: every org, or the one in org. VIEWER and ORG_FINANCE: their own org (another"
          + " org's code is refused with 403). Paging: page from 1, size 1–1000 (default 100);"
          + " X-Total-Count and Link headers. ETag / If-None-Match → 304.")
  @APIResponse(responseCode = "200", description = "A page of the month's consumption",
      content = @Content(schema = @Schema(implementation = UsagePageDto.class),
          examples = @ExampleObject(name = "page", value = EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Another org's consumption")
  @APIResponse(responseCode = "422", description = "The month is not a month")
  public Response month(
      @Parameter(description = "Month, yyyy-MM", example = "2026-03") @PathParam("month")
          String month,
      @Parameter(description = "Org code", example = "GSF") @QueryParam("org") String org,
      @Parameter(description = "Service code", example = "ARB-DATOR") @QueryParam("service")
          String service,
      @Parameter(description = "Page, from 1", example = "1") @QueryParam("page") Integer page,
      @Parameter(description = "Rows per page, 1–1000", example = "100") @QueryParam("size")
          Integer size) {
    var period = ReadApi.month(month, "month");
    PageRequest p = PageRequest.of(page, size);
    UsagePage usage = queries.usage(period, org, service, p.offset(), p.size());
    return ReadApi.page(request, uri, p, usage.total(), new UsagePageDto(
        SwedishFormat.month(period), p.page(), p.size(), usage.total(),
        usage.rows().stream().map(UsageDto::of).toList()));
  }
}
