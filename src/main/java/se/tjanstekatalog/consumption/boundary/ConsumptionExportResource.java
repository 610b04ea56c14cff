package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.consumption.control.ConsumptionExcel;
import se.tjanstekatalog.consumption.control.ConsumptionQueries;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Förbrukning per månad as an Excel workbook. Under {@code /api} so the same download works
 * from the page (session) and from scripts (HTTP Basic); VIEWER and ORG_FINANCE get their own
 * org only, as on the page.
 */
@Path("/v1/consumption")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Förbrukning")
public class ConsumptionExportResource {
  @Inject ConsumptionQueries queries;

  @GET
  @Path("overview.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "A month's stored consumption per org, per service level and the pools'"
      + " costs, as an Excel workbook")
  public Response xlsx(@Parameter(description = "Month, yyyy-MM (default: the latest with"
      + " consumption)") @QueryParam("month") String month) {
    YearMonth period;
    if (month == null || month.isBlank()) {
      period = queries.latestPeriod().orElse(YearMonth.now());
    } else {
      try {
        period = SwedishFormat.parseMonth(month);
      } catch (DateTimeParseException e) {
        throw new RuleViolationException(new Violation("month", "error.month", month));
      }
    }
    ConsumptionQueries.Month overview = queries.month(period);
    return Downloads.xlsx(ConsumptionExcel.render(overview), ConsumptionExcel.fileName(overview));
  }
}
