package se.tjanstekatalog.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.security.entity.Role;

/** ADMIN: the users, without anything secret. */
@Path("/v1/users")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Användare")
public class UserResource {
  @Inject UserService service;

  /** A user as the API shows it. */
  public record UserDto(String username, String displayName, String role, String org,
      boolean active) {
    static UserDto of(AppUser u) {
      return new UserDto(u.getUsername(), u.getDisplayName(), u.getRole().name(),
          u.getOrg() == null ? null : u.getOrg().getCode(), u.isActive());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "All users (ADMIN only)")
  public List<UserDto> list() {
    return service.all().stream().map(UserDto::of).toList();
  }
}
