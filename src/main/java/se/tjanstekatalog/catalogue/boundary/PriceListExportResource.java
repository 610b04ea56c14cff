package se.tjanstekatalog.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.PriceListExcel;
import se.tjanstekatalog.catalogue.control.PriceListService;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.shared.Role;

/**
 * A price list's lines (cost and charged price per level) as an Excel workbook, for the
 * controller like the page. Under {@code /api} so the same download works from the page
 * (session) and from scripts (HTTP Basic).
 */
@Path("/v1/pricelists")
@RequestScoped
@RolesAllowed(Role.IT_CONTROLLER_NAME)
@Tag(name = "Tjänstekatalog")
public class PriceListExportResource {
  @Inject PriceListService service;

  @GET
  @Path("{id: [0-9]+}/export.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "A price list with cost and charged price per level, as an Excel"
      + " workbook")
  public Response xlsx(@Parameter(description = "The price list's id") @PathParam("id") long id) {
    PriceList list = service.find(id);
    return Downloads.xlsx(PriceListExcel.render(list), PriceListExcel.fileName(list));
  }
}
