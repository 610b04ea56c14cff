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
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.CatalogueQuery;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueView;
import se.tjanstekatalog.platform.CachedJson;
import se.tjanstekatalog.platform.ReadCache;
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
  @Inject ReadCache cache;

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
  @Operation(summary = "The catalogue valid in a month, optionally one service area",
      description = "Answers with a strong ETag of the body; If-None-Match with it gives 304"
          + " while the catalogue and its prices are unchanged.")
  @APIResponse(responseCode = "200", description = "The services",
      content = @Content(schema = @Schema(implementation = ServiceDto.class,
          type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  public Response list(
      @Parameter(description = "Month, yyyy-MM (default: this month)") @QueryParam("asOf")
          String asOf,
      @Parameter(description = "Service area code, e.g. ARBETSPLATS") @QueryParam("area")
          String area,
      @Context Request request) {
    YearMonth month = month(asOf);
    CachedJson json = cache.get(List.of("api.services", month, String.valueOf(area)), () -> {
      CatalogueView view = catalogue.view(new CatalogueQuery(null, area, null, false, month));
      return CachedJson.of(view.services().stream().map(s -> dto(s, month)).toList());
    });
    return json.answer(request);
  }

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One service with its levels, promises and prices valid in a month",
      description = "Answers with a strong ETag of the body; If-None-Match with it gives 304"
          + " while the service and its prices are unchanged.")
  @APIResponse(responseCode = "200", description = "The service",
      content = @Content(schema = @Schema(implementation = ServiceDto.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  @APIResponse(responseCode = "404", description = "No such service")
  public Response get(@PathParam("code") String code, @QueryParam("asOf") String asOf,
      @Context Request request) {
    YearMonth month = month(asOf);
    CachedJson json = cache.get(List.of("api.service", month, code.toUpperCase(Locale.ROOT)),
        () -> catalogue.service(code, month).map(s -> CachedJson.of(dto(s, month)))
            .orElse(null));
    if (json == null) {
      throw new NotFoundException("catalogue.error.serviceNotFound", code);
    }
    return json.answer(request);
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
