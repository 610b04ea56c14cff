package se.tjanstekatalog.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.organisation.control.LogoRules;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;

/**
 * The municipality's logo for the portal header. The header links it with {@code ?v=} and the
 * time it was set, so the browser may keep it for a day; a changed logo has a new address.
 */
@Path("/v1/municipality/logo")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Organisation")
public class MunicipalityLogoResource {
  @Inject MunicipalityService municipality;
  @Context Request request;

  @GET
  @Produces({LogoRules.PNG, LogoRules.JPEG})
  @Operation(summary = "The municipality's logo (PNG or JPEG)")
  @APIResponse(responseCode = "200", description = "The logo")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "404", description = "No logo is set")
  public Response logo() {
    MunicipalityService.Logo logo = municipality.logo()
        .orElseThrow(() -> new NotFoundException("settings.logo.none"));
    EntityTag tag = new EntityTag(Long.toString(logo.updatedAt().toEpochMilli()));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(86_400);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(cache).build();
    }
    return Response.ok(logo.bytes(), logo.mediaType()).tag(tag).cacheControl(cache)
        .header("X-Content-Type-Options", "nosniff").build();
  }
}
