package se.tjanstekatalog.catalogue.boundary;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.PriceListService;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Price lists for integrators. Everyone reads the published lists with their charged prices
 * (what an org pays); IT_CONTROLLER and ADMIN also see drafts and cost prices (självkostnad),
 * as only they see them in the portal.
 */
@Path("/v1/pricelists")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Tjänstekatalog")
public class PriceListResource {
  static final String LIST_EXAMPLE = "{\"page\":1,\"size\":100,\"total\":1,\"rows\":[{\"id\":3,"
      + "\"name\":\"Prislista 2026\",\"validFrom\":\"2026-01\",\"validTo\":\"2026-12\","
      + "\"markupPercent\":5.0000,\"status\":\"PUBLISHED\"}]}";
  static final String ONE_EXAMPLE = "{\"id\":3,\"name\":\"Prislista 2026\",\"validFrom\":"
      + "\"2026-01\",\"validTo\":\"2026-12\",\"markupPercent\":5.0000,\"status\":\"PUBLISHED\","
      + "\"lines\":[{\"service\":\"ARB-DATOR\",\"serviceName\":\"Dator\",\"level\":\"STD\","
      + "\"levelName\":\"Standard\",\"validFrom\":\"2026-01\",\"costPrice\":433.33,"
      + "\"chargedPrice\":455.00}]}";

  @Inject PriceListService service;
  @Context Request request;
  @Context UriInfo uri;
  @Context SecurityContext security;

  public record PriceListDto(long id, String name, String validFrom, String validTo,
      BigDecimal markupPercent, String status) {}

  public record PriceListPage(int page, int size, long total, List<PriceListDto> rows) {}

  /** A line: the level's price from validFrom; costPrice only for IT_CONTROLLER and ADMIN. */
  public record LineDto(String service, String serviceName, String level, String levelName,
      String validFrom, BigDecimal costPrice, BigDecimal chargedPrice) {}

  public record PriceListDetail(long id, String name, String validFrom, String validTo,
      BigDecimal markupPercent, String status, List<LineDto> lines) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The price lists, newest first",
      description = "VIEWER and ORG_FINANCE: published lists; IT_CONTROLLER and ADMIN: drafts"
          + " too. Paging and ETag as every list of the read API.")
  @APIResponse(responseCode = "200", description = "The price lists",
      content = @Content(schema = @Schema(implementation = PriceListPage.class),
          examples = @ExampleObject(name = "page", value = LIST_EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  public Response list(
      @Parameter(description = "Page, from 1", example = "1") @QueryParam("page") Integer page,
      @Parameter(description = "Rows per page, 1–1000", example = "100") @QueryParam("size")
          Integer size) {
    PageRequest p = PageRequest.of(page, size);
    List<PriceListDto> all = service.all().stream().filter(this::visible)
        .sorted(Comparator.comparing(PriceList::getValidFrom).reversed()
            .thenComparing(PriceList::getId, Comparator.reverseOrder()))
        .map(PriceListResource::dto).toList();
    return ReadApi.page(request, uri, p, all.size(),
        new PriceListPage(p.page(), p.size(), all.size(), p.slice(all)));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One price list with its lines",
      description = "Lines by service, level and month. costPrice is left out for VIEWER and"
          + " ORG_FINANCE, who see only published lists (another is 404).")
  @APIResponse(responseCode = "200", description = "The price list",
      content = @Content(schema = @Schema(implementation = PriceListDetail.class),
          examples = @ExampleObject(name = "list", value = ONE_EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "404", description = "No such price list (for this caller)")
  public Response one(@Parameter(description = "The price list's id", example = "3")
      @PathParam("id") long id) {
    PriceList list = service.find(id);
    if (!visible(list)) {
      throw new NotFoundException("priceList.error.notFound", id);
    }
    boolean cost = seesCost();
    List<LineDto> lines = list.getLines().stream()
        .sorted(Comparator.comparing((PriceListLine l) -> l.getLevel().getService().getCode())
            .thenComparing(l -> l.getLevel().getCode()).thenComparing(PriceListLine::getValidFrom))
        .map(l -> new LineDto(l.getLevel().getService().getCode(),
            l.getLevel().getService().getName(), l.getLevel().getCode(), l.getLevel().getName(),
            SwedishFormat.month(l.getValidFrom()), cost ? l.getCostPrice().value() : null,
            l.getChargedPrice().value()))
        .toList();
    PriceListDto d = dto(list);
    return ReadApi.one(request, new PriceListDetail(d.id(), d.name(), d.validFrom(),
        d.validTo(), d.markupPercent(), d.status(), lines));
  }

  private boolean seesCost() {
    return security.isUserInRole(Role.IT_CONTROLLER_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private boolean visible(PriceList list) {
    return list.getStatus() == PriceListStatus.PUBLISHED || seesCost();
  }

  private static PriceListDto dto(PriceList l) {
    return new PriceListDto(l.getId(), l.getName(), SwedishFormat.month(l.getValidFrom()),
        SwedishFormat.month(l.getValidTo()), l.getMarkupPercent(), l.getStatus().name());
  }
}
