package se.tjanstekatalog.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Role;

/** ADMIN: the users, without anything secret. */
@Path("/v1/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Användare")
public class UserResource {
  @Inject UserService service;

  /** A user as the API shows it. */
  public record UserDto(String username, String displayName, String role, String org,
      boolean active,
      @Schema(description = "Inloggningen är spärrad till denna tid efter för många"
          + " misslyckade försök; null när den inte är spärrad") Instant lockedUntil) {
    static UserDto of(AppUser u, Map<Long, Instant> locked) {
      return new UserDto(u.getUsername(), u.getDisplayName(), u.getRole().name(),
          u.getOrg() == null ? null : u.getOrg().getCode(), u.isActive(), locked.get(u.getId()));
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "All users (ADMIN only)")
  public List<UserDto> list() {
    Map<Long, Instant> locked = service.locked();
    return service.all().stream().map(u -> UserDto.of(u, locked)).toList();
  }
}
