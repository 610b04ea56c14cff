package se.tjanstekatalog.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.CatalogueQuery;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueView;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** The catalogue, read-only, as valid in a month (default: this month). */
@Path("/v1/services")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Tjänstekatalog", description = "Tjänster, ambitionsnivåer, åtaganden och priser")
public class CatalogueResource {
  @Inject CatalogueService catalogue;

  /** A service as the API shows it; prices are null when no price list covers the month. */
  public record ServiceDto(String code, String name, String area, String areaName,
      String description, String unit, String financing, String lifecycle,
      BigDecimal vatPercent, String ownerRole, String ownerContact, String asOf,
      List<LevelDto> levels) {}

  /** A level with its promises and prices (kr per unit and month). */
  public record LevelDto(String code, String name, String description,
      List<CommitmentDto> commitments, BigDecimal costPrice, BigDecimal chargedPrice) {}

  /** A promise, with the value as shown in the catalogue. */
  public record CommitmentDto(String key, String label, String value) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The catalogue valid in a month, optionally one service area")
  public List<ServiceDto> list(
      @Parameter(description = "Month, yyyy-MM (default: this month)") @QueryParam("asOf")
          String asOf,
      @Parameter(description = "Service area code, e.g. ARBETSPLATS") @QueryParam("area")
          String area) {
    YearMonth month = month(asOf);
    CatalogueView view = catalogue.view(new CatalogueQuery(null, area, null, false, month));
    return view.services().stream().map(s -> dto(s, month)).toList();
  }

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One service with its levels, promises and prices valid in a month")
  public ServiceDto get(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
    YearMonth month = month(asOf);
    return catalogue.service(code, month).map(s -> dto(s, month))
        .orElseThrow(() -> new NotFoundException("catalogue.error.serviceNotFound", code));
  }

  static YearMonth month(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return YearMonth.now();
    }
    try {
      return SwedishFormat.parseMonth(asOf);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation("asOf", "error.month", asOf));
    }
  }

  private static ServiceDto dto(CatalogueView.ServiceView s, YearMonth month) {
    return new ServiceDto(s.code(), s.name(), s.areaCode(), s.areaName(), s.description(),
        s.unit(), s.financing(), s.lifecycle(), s.vatPercent(), s.ownerRole(), s.ownerContact(),
        SwedishFormat.month(month),
        s.levels().stream().map(l -> new LevelDto(l.code(), l.name(), l.description(),
            l.commitments().stream().map(c -> new CommitmentDto(c.rowKey(), c.label(),
                c.value())).toList(), value(l.costPrice()), value(l.chargedPrice()))).toList());
  }

  private static BigDecimal value(Amount amount) {
    return amount == null ? null : amount.value();
  }
}
