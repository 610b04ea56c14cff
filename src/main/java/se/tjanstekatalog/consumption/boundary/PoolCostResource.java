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
import se.tjanstekatalog.consumption.control.ConsumptionQueries.PoolLine;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/** A month's pool costs (kostnadspooler), as the consumption overview shows them. */
@Path("/v1/pools")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Förbrukning")
public class PoolCostResource {
  static final String EXAMPLE = "{\"month\":\"2026-03\",\"page\":1,\"size\":100,\"total\":1,"
      + "\"rows\":[{\"code\":\"POOL-INFRA\",\"name\":\"Gemensam infrastruktur\",\"rows\":3,"
      + "\"amount\":1250000.00}]}";

  @Inject ConsumptionQueries queries;
  @Context Request request;
  @Context UriInfo uri;

  /** A pool's cost for the month: the sum of its imported lines (kr). */
  public record PoolCostDto(String code, String name, long rows, BigDecimal amount) {}

  public record PoolCostPage(String month, int page, int size, long total,
      List<PoolCostDto> rows) {}

  @GET
  @Path("{month}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A month's cost per pool",
      description = "Active pool cost imports only, by pool code. Every role reads them, as on"
          + " the consumption overview. Paging and ETag as every list of the read API.")
  @APIResponse(responseCode = "200", description = "The month's pool costs",
      content = @Content(schema = @Schema(implementation = PoolCostPage.class),
          examples = @ExampleObject(name = "page", value = EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "422", description = "The month is not a month")
  public Response month(
      @Parameter(description = "Month, yyyy-MM", example = "2026-03") @PathParam("month")
          String month,
      @Parameter(description = "Page, from 1", example = "1") @QueryParam("page") Integer page,
      @Parameter(description = "Rows per page, 1–1000", example = "100") @QueryParam("size")
          Integer size) {
    var period = ReadApi.month(month, "month");
    PageRequest p = PageRequest.of(page, size);
    List<PoolLine> all = queries.pools(period);
    return ReadApi.page(request, uri, p, all.size(), new PoolCostPage(
        SwedishFormat.month(period), p.page(), p.size(), all.size(), p.slice(all).stream()
            .map(l -> new PoolCostDto(l.code(), l.name(), l.rows(), l.amount())).toList()));
  }
}
