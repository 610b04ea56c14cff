package se.tjanstekatalog.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import se.tjanstekatalog.shared.Messages;

/**
 * A request with a body must say what the body is: without {@code Content-Type} the REST
 * runtime would take any body for any resource, which is how a cross-site form post
 * ({@code text/plain}, or no type at all) could reach an endpoint that reads JSON or CSV.
 * Answered with 415 as problem+json before a resource is chosen.
 */
@Provider
@PreMatching
public class ContentTypeRequired implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (request.hasEntity() && (type == null || type.isBlank())) {
      request.abortWith(Problem.response(415, "Unsupported Media Type",
          Messages.sv("error.contentTypeMissing"), List.of()));
    }
  }
}
