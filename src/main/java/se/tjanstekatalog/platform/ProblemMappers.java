package se.tjanstekatalog.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.TkException;

/**
 * Maps every exception leaving a REST resource to {@code application/problem+json}: our own
 * exceptions with their Swedish message, JAX-RS ones with their status, and anything else as
 * a 500 without a stack trace (which goes to the log instead). A capability may map its own
 * exception more precisely (a refused import: consumption's {@code ImportRejectedMapper});
 * JAX-RS picks that mapper by type, and this one hands it the exception it unwrapped from an
 * EJB or transaction wrapper.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Context
  Providers providers;

  @Override
  public Response toResponse(Throwable error) {
    if (Overload.isPoolExhausted(error)) {
      LOG.warning("No database connection free: 503");
      return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
              Messages.sv("error.overloaded", Overload.RETRY_AFTER_SECONDS)))
          .header("Retry-After", Overload.RETRY_AFTER_SECONDS).build();
    }
    Throwable e = unwrap(error);
    ExceptionMapper<Throwable> own = e == error ? null : ownMapper(e);
    if (own != null) {
      return own.toResponse(e); // a capability's mapper for the unwrapped exception
    }
    if (e instanceof RuleViolationException rv) {
      return Problem.response(422, "Unprocessable Content",
          Messages.sv("error.validation"), rv.violations());
    }
    if (e instanceof NotFoundException nf) {
      return Problem.response(Response.Status.NOT_FOUND, nf.getLocalizedMessage());
    }
    if (e instanceof ConflictException c) {
      return Problem.response(Response.Status.CONFLICT, c.getLocalizedMessage());
    }
    if (e instanceof se.tjanstekatalog.shared.ForbiddenException f) {
      return Problem.response(Response.Status.FORBIDDEN, f.getLocalizedMessage());
    }
    if (e instanceof TkException tk) {
      return Problem.response(422, "Unprocessable Content", tk.getLocalizedMessage(), List.of());
    }
    if (e instanceof EJBAccessException) {
      return Problem.response(Response.Status.FORBIDDEN, Messages.sv("error.forbidden"));
    }
    if (e instanceof WebApplicationException wae) {
      int status = wae.getResponse().getStatus();
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "Error" : type.getReasonPhrase();
      String detail = switch (status) {
        case 401 -> Messages.sv("error.unauthorized");
        case 403 -> Messages.sv("error.forbidden");
        case 404 -> Messages.sv("error.notFound");
        case 415 -> Messages.sv("error.unsupportedMediaType");
        default -> wae.getMessage();
      };
      return Problem.response(status, title, detail, List.of());
    }
    LOG.log(Level.SEVERE, "Unhandled error in REST call", error);
    return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, Messages.sv("error.server"));
  }

  @SuppressWarnings("unchecked")
  private ExceptionMapper<Throwable> ownMapper(Throwable e) {
    ExceptionMapper<?> mapper = providers == null ? null
        : providers.getExceptionMapper(e.getClass());
    return mapper == null || mapper instanceof ProblemMappers ? null
        : (ExceptionMapper<Throwable>) mapper;
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof jakarta.ejb.EJBException || t instanceof jakarta.transaction.RollbackException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
