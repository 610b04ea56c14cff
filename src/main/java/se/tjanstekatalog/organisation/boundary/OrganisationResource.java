package se.tjanstekatalog.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.shared.Role;

/** The org register, read-only, for every logged-in user. */
@Path("/v1/organisations")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Organisationer", description = "Förvaltningar och bolag")
public class OrganisationResource {
  @Inject OrganisationService service;

  /** An org as the API shows it; {@code kind} is ADMINISTRATION (förvaltning) or COMPANY. */
  public record OrganisationDto(String code, String name, String kind, String costCentre,
      String counterpartCode, LocalDate activeFrom, LocalDate activeTo) {
    static OrganisationDto of(OrgUnit o) {
      return new OrganisationDto(o.getCode(), o.getName(), o.getKind().name(),
          o.getCostCentre(), o.getCounterpartCode(), o.getActiveFrom(), o.getActiveTo());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "All förvaltningar and bolag, by code")
  public List<OrganisationDto> list() {
    return service.all().stream().map(OrganisationDto::of).toList();
  }

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One org by its code")
  public OrganisationDto get(@PathParam("code") String code) {
    return OrganisationDto.of(service.byCode(code));
  }
}
