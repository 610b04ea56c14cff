package se.tjanstekatalog.kommun.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.kommun.control.KommunOverview;
import se.tjanstekatalog.kommun.domain.KommunYear;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The view across the kommuner the current kommun's IT nämnd serves (the page Kommunerna):
 * per kommun and month, what its orgs pay under each model and under the binding one. The
 * same roles as the page: IT_CONTROLLER and ADMIN. A kommun that serves none gets itself only.
 */
@Path("/v1/kommuner")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Kommuner")
public class KommunerResource {
  @Inject KommunOverview overview;

  /** A month: status (OPEN, PRELIMINARY, REVIEWED, LOCKED) and kronor per model. */
  public record MonthDto(String period, String status, BigDecimal chargeback,
      BigDecimal allocation, BigDecimal binding) {}

  public record KommunDto(String code, String name, boolean host, BigDecimal chargeback,
      BigDecimal allocation, BigDecimal binding, long computedMonths, long lockedMonths,
      List<MonthDto> months) {
    static KommunDto of(KommunYear k) {
      return new KommunDto(k.code(), k.name(), k.host(), k.chargeback().value(),
          k.allocation().value(), k.binding().value(), k.computedMonths(), k.lockedMonths(),
          k.months().stream().map(m -> new MonthDto(SwedishFormat.month(m.period()),
              m.status().name(), m.chargeback().value(), m.allocation().value(),
              m.binding().value())).toList());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Each kommun of the shared IT nämnd: a year under both models")
  public List<KommunDto> year(@QueryParam("year") Integer year) {
    int y = year == null ? Year.now().getValue() : year;
    if (y < 2000 || y > 2100) {
      throw new BadRequestException("year: 2000–2100");
    }
    return overview.year(Year.of(y)).stream().map(KommunDto::of).toList();
  }
}
