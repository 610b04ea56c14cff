package se.tjanstekatalog.consumption.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.tjanstekatalog.platform.Problem;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;

/**
 * A refused import as {@code application/problem+json}: each problem with the row (0: the data
 * as a whole), column, value and reason, the first {@value ImportReport#MAX_LISTED} listed and
 * all counted. {@code field} and {@code message} as in every other 422, so a generic client
 * still reads it. JAX-RS picks this mapper over the platform's catch-all one by type.
 */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejected> {

  @Override
  public Response toResponse(ImportRejected rejected) {
    ImportReport report = rejected.report();
    JsonArrayBuilder errors = JsonBuilders.array();
    for (ImportProblem p : report.problems()) {
      errors.add(JsonBuilders.object()
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
}
