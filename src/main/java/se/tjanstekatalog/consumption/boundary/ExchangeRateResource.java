package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.consumption.control.ExchangeRateService;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** The exchange rates FOCUS bills are converted with, read-only, for IT_CONTROLLER and ADMIN. */
@Path("/v1/exchange-rates")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Förbrukning")
public class ExchangeRateResource {
  @Inject ExchangeRateService service;

  /** One rate: SEK per one unit of the currency in the month, and where it came from. */
  public record RateJson(String currency, String month, String rate, String source,
      String changedBy, String changedAt) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The monthly exchange rates (SEK per unit), newest month first")
  public List<RateJson> list(@Parameter(description = "Month, yyyy-MM (default: all)")
      @QueryParam("month") String month) {
    YearMonth period = null;
    if (month != null && !month.isBlank()) {
      try {
        period = SwedishFormat.parseMonth(month.strip());
      } catch (DateTimeParseException e) {
        throw new RuleViolationException(new Violation("month", "error.month", month));
      }
    }
    return service.list(period).stream().map(r -> new RateJson(r.currency(),
        r.month().toString(), r.rate().toPlainString(), r.source(), r.changedBy(),
        r.changedAt().toString())).toList();
  }
}
