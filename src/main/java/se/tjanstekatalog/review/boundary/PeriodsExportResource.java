package se.tjanstekatalog.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.review.control.PeriodsExcel;
import se.tjanstekatalog.shared.Role;

/**
 * Periodöversikt as an Excel workbook, for the controller like the page. Under {@code /api}
 * so the same download works from the page (session) and from scripts (HTTP Basic).
 */
@Path("/v1/periods")
@RequestScoped
@RolesAllowed(Role.IT_CONTROLLER_NAME)
@Tag(name = "Månadsbesked")
public class PeriodsExportResource {
  @Inject Approvals approvals;

  @GET
  @Path("overview.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "Every month of a year: status, computed, changed inputs and each org's"
      + " answer, as an Excel workbook")
  public Response xlsx(@Parameter(description = "Year, e.g. 2026 (default: this year)")
      @QueryParam("year") Integer year) {
    int y = year == null ? Year.now().getValue() : year;
    return Downloads.xlsx(PeriodsExcel.render(y, approvals.overview(y)),
        PeriodsExcel.fileName(y));
  }
}
