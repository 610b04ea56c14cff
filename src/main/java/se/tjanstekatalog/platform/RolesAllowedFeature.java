package se.tjanstekatalog.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}/{@code @DenyAll} on CDI-managed JAX-RS resources, where the
 * Jakarta REST runtime does not do it by itself (only EJB components get it for free). The
 * method's annotation wins over the class's.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo info, FeatureContext context) {
    String[] roles = rolesFor(info.getResourceMethod());
    if (roles == null) {
      roles = rolesFor(info.getResourceClass());
    }
    if (roles != null) {
      context.register(new Check(roles));
    }
  }

  /** {@code null}: no restriction declared here; empty: nobody. */
  private static String[] rolesFor(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return new String[0];
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    return allowed == null ? null : allowed.value();
  }

  private record Check(String[] roles) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        throw new NotAuthorizedException("Basic realm=\"Tjanstekatalogen\"");
      }
      if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        throw new ForbiddenException();
      }
    }
  }
}
