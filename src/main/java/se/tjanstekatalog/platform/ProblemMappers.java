package se.tjanstekatalog.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.consumption.control.ImportProblem;
import se.tjanstekatalog.consumption.control.ImportRejected;
import se.tjanstekatalog.consumption.control.ImportReport;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.TkException;

/**
 * Maps every exception leaving a REST resource to {@code application/problem+json}: our own
 * exceptions with their Swedish message, JAX-RS ones with their status, and anything else as
 * a 500 without a stack trace (which goes to the log instead).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (Overload.isPoolExhausted(error)) {
      LOG.warning("No database connection free: 503");
      return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
              Messages.sv("error.overloaded", Overload.RETRY_AFTER_SECONDS)))
          .header("Retry-After", Overload.RETRY_AFTER_SECONDS).build();
    }
    Throwable e = unwrap(error);
    if (e instanceof ImportRejected rejected) {
      return rejected(rejected.report());
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

  /**
   * A refused import: each problem with the row (0: the data as a whole), column, value and
   * reason, the first {@value ImportReport#MAX_LISTED} listed and all counted. {@code field}
   * and {@code message} as in every other 422, so a generic client still reads it.
   */
  private static Response rejected(ImportReport report) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    for (ImportProblem p : report.problems()) {
      errors.add(Json.createObjectBuilder()
          .add("field", p.column())
          .add("row", p.row())
          .add("column", p.column())
          .add("value", p.value())
          .add("key", p.key())
          .add("message", p.reason()));
    }
    return Problem.response(422, "Unprocessable Content",
        Messages.sv("error.importRejected", report.problemCount()),
        body -> body.add("problemCount", report.problemCount()).add("errors", errors));
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
