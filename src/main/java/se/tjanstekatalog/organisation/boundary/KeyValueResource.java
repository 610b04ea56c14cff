package se.tjanstekatalog.organisation.boundary;

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
import se.tjanstekatalog.organisation.control.KeyValueService;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/** A month's key values (nyckelvärden) per org; every role reads them, as on the page. */
@Path("/v1/keyvalues")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Organisation")
public class KeyValueResource {
  static final String EXAMPLE = "{\"month\":\"2026-03\",\"page\":1,\"size\":100,\"total\":1,"
      + "\"rows\":[{\"org\":\"GSF\",\"orgName\":\"Grundskoleförvaltningen\",\"headcount\":2140,"
      + "\"fte\":1987.50,\"turnover\":null}]}";

  @Inject KeyValueService keyValues;
  @Context Request request;
  @Context UriInfo uri;

  /** An org's key values for the month; a value not given is null. Turnover in kr. */
  public record KeyValueDto(String org, String orgName, Integer headcount, BigDecimal fte,
      BigDecimal turnover) {
    static KeyValueDto of(OrgKeyValue kv) {
      return new KeyValueDto(kv.getOrg().getCode(), kv.getOrg().getName(), kv.getHeadcount(),
          kv.getFte(), kv.getTurnover() == null ? null : kv.getTurnover().value());
    }
  }

  public record KeyValuePage(String month, int page, int size, long total,
      List<KeyValueDto> rows) {}

  @GET
  @Path("{month}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A month's key values per org (headcount, FTE, turnover)",
      description = "The orgs that have key values for the month, by org code. Paging and ETag"
          + " as every list of the read API.")
  @APIResponse(responseCode = "200", description = "The month's key values",
      content = @Content(schema = @Schema(implementation = KeyValuePage.class),
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
    List<KeyValueDto> all = keyValues.month(period).stream().map(KeyValueDto::of).toList();
    return ReadApi.page(request, uri, p, all.size(), new KeyValuePage(
        SwedishFormat.month(period), p.page(), p.size(), all.size(), p.slice(all)));
  }
}
