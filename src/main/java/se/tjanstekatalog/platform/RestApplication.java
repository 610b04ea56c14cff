package se.tjanstekatalog.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All REST resources live under {@code /api}; the OpenAPI document is at {@code /openapi}.
 * Jersey's WADL ({@code /api/application.wadl}) is switched off: it named the Jersey version
 * and the OpenAPI document already describes the API.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tjänstekatalogen API",
            version = "1",
            description =
                "Read-only catalogue and register data, and feeds into the portal. "
                    + "Authenticate with HTTP Basic (the portal's users) or, for feeds, with "
                    + "the feed's API token (Authorization: Bearer tk_…)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "feedToken", type = SecuritySchemeType.HTTP,
    scheme = "bearer", description = "A feed's API token, created by IT_CONTROLLER in the"
        + " portal (API-nycklar för flöden); it may only post consumption.")
public class RestApplication extends Application {
  static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(DISABLE_WADL, true);
  }
}
