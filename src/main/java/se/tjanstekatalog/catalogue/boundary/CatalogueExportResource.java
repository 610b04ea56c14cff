package se.tjanstekatalog.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.CatalogueExcel;
import se.tjanstekatalog.catalogue.control.CataloguePdf;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueView;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The catalogue of a month as a printable PDF and as an Excel workbook. Under {@code /api}
 * so the same download works from the page (session) and from scripts (HTTP Basic).
 */
@Path("/v1/catalogue")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Tjänstekatalog")
public class CatalogueExportResource {
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CatalogueService catalogue;

  @GET
  @Path("export.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The catalogue valid in a month as PDF")
  public Response pdf(@QueryParam("asOf") String asOf) {
    CatalogueView view = catalogue.view(CatalogueResource.month(asOf));
    return download(CataloguePdf.render(view), "application/pdf", view.asOf(), "pdf");
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The catalogue valid in a month as an Excel workbook")
  public Response xlsx(@QueryParam("asOf") String asOf) {
    CatalogueView view = catalogue.view(CatalogueResource.month(asOf));
    return download(CatalogueExcel.render(view), XLSX, view.asOf(), "xlsx");
  }

  private static Response download(byte[] bytes, String type, YearMonth month, String ext) {
    return Response.ok(bytes, type)
        .header("Content-Disposition", "attachment; filename=\"tjanstekatalog-"
            + SwedishFormat.month(month) + "." + ext + "\"")
        .build();
  }
}
