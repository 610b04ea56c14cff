package se.tjanstekatalog.costing.boundary;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.costing.control.ComparisonExcel;
import se.tjanstekatalog.costing.control.ComparisonReport;
import se.tjanstekatalog.costing.control.ResultQueries;
import se.tjanstekatalog.shared.Role;

/**
 * The comparison page's table as an Excel workbook. Under {@code /api} so the same download
 * works from the page (session) and from scripts (HTTP Basic).
 */
@Path("/v1/comparison")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Beräkning")
public class ComparisonExportResource {
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ResultQueries queries;

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  @Operation(summary = "Both models per org over a range of months, as an Excel workbook")
  public Response xlsx(
      @Parameter(description = "First month, yyyy-MM (default: January of the latest computed"
          + " year)") @QueryParam("from") String from,
      @Parameter(description = "Last month, yyyy-MM (default: December of that year)")
          @QueryParam("to") String to,
      @Parameter(description = "Service area code, e.g. ARBETSPLATS (default: all areas)")
          @QueryParam("area") String area) {
    YearMonth defaultYear = queries.latestComputed().orElse(YearMonth.now());
    YearMonth first = from == null || from.isBlank()
        ? defaultYear.withMonth(1) : PeriodResultsResource.month(from, "from");
    YearMonth last = to == null || to.isBlank()
        ? first.withMonth(12) : PeriodResultsResource.month(to, "to");
    ComparisonReport report = queries.comparisonReport(first, last, area, null);
    return Response.ok(ComparisonExcel.render(report), XLSX)
        .header("Content-Disposition", "attachment; filename=\""
            + ComparisonExcel.fileName(report) + "\"")
        .build();
  }
}
