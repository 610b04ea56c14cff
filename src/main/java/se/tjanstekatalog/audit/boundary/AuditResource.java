package se.tjanstekatalog.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.audit.control.AuditExcel;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.audit.entity.AuditEvent;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** The audit log for the administrator and the IT controller, as JSON pages and as Excel. */
@Path("/v1/audit")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.IT_CONTROLLER_NAME})
@Tag(name = "Granskningslogg", description = "Vem gjorde vad och när")
public class AuditResource {
  static final String EXAMPLE = "{\"page\":1,\"size\":100,\"total\":1,\"rows\":[{\"id\":41,"
      + "\"at\":\"2026-03-04T08:15:02.120Z\",\"kind\":\"PRICE\",\"username\":\"controller\","
      + "\"displayName\":\"Karin Controller\",\"month\":null,\"org\":null,"
      + "\"object\":\"ARB-DATOR\",\"summary\":\"Dator – Standard (Prislista 2026): Självkostnad"
      + " 410.00 → 420.00\"}]}";

  @Inject AuditLog log;
  @Context Request request;
  @Context UriInfo uri;

  /** One row: kind is an AuditKind name; month yyyy-MM and org code when the step had them. */
  public record EventDto(long id, String at, String kind, String username, String displayName,
      String month, String org, String object, String summary) {
    static EventDto of(AuditEvent e) {
      return new EventDto(e.getId(), e.getAt().toString(), e.getKind().name(), e.getUsername(),
          e.getDisplayName(), e.getPeriod() == null ? null : SwedishFormat.month(e.getPeriod()),
          e.getOrgCode(), e.getObject(), e.getSummary());
    }
  }

  public record EventPage(int page, int size, long total, List<EventDto> rows) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The audit log, newest first, filtered and paged",
      description = "ADMIN and IT_CONTROLLER. Paging: page from 1, size 1–1000 (default 100);"
          + " the total is in the body and in X-Total-Count, the other pages in Link. ETag:"
          + " send it back in If-None-Match to get 304 while nothing new was logged.")
  @APIResponse(responseCode = "200", description = "A page of the log",
      content = @Content(schema = @Schema(implementation = EventPage.class),
          examples = @ExampleObject(name = "page", value = EXAMPLE)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "403", description = "Neither ADMIN nor IT_CONTROLLER")
  @APIResponse(responseCode = "422", description = "A filter value is not valid")
  public Response list(
      @Parameter(description = "Part of the user name or display name", example = "karin")
          @QueryParam("person") String person,
      @Parameter(description = "Kind: LOGIN, LOGIN_FAILED, USER, ROLE, SSO_MAPPING, API_TOKEN,"
          + " PRICE, PROPOSAL, CATALOGUE, MODEL_PLAN, POOL, KEY_VALUE, IMPORT, COMPUTATION,"
          + " APPROVAL, LOCK, ADJUSTMENT, SIE_EXPORT, BUDGET", example = "LOGIN_FAILED")
          @QueryParam("kind") String kind,
      @Parameter(description = "The month concerned, yyyy-MM", example = "2026-03")
          @QueryParam("month") String month,
      @Parameter(description = "From this day (Swedish time), yyyy-MM-dd", example = "2026-03-01")
          @QueryParam("from") String from,
      @Parameter(description = "To this day, included", example = "2026-03-31")
          @QueryParam("to") String to,
      @Parameter(description = "Page, from 1", example = "1") @QueryParam("page") Integer page,
      @Parameter(description = "Rows per page, 1–1000", example = "100")
          @QueryParam("size") Integer size) {
    AuditFilter filter = filter(person, kind, month, from, to);
    PageRequest p = PageRequest.of(page, size);
    long total = log.count(filter);
    List<EventDto> rows = log.page(filter, p.offset(), p.size()).stream().map(EventDto::of)
        .toList();
    return ReadApi.page(request, uri, p, total, new EventPage(p.page(), p.size(), total, rows));
  }

  @GET
  @Path("export.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The filtered audit log as an Excel workbook (at most 100 000 rows)")
  @APIResponse(responseCode = "200", description = "The workbook")
  @APIResponse(responseCode = "422", description = "A filter value is not valid")
  public Response xlsx(@QueryParam("person") String person, @QueryParam("kind") String kind,
      @QueryParam("month") String month, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditFilter filter = filter(person, kind, month, from, to);
    long total = log.count(filter);
    return Downloads.xlsx(AuditExcel.render(filter, log.page(filter, 0, AuditExcel.MAX_ROWS),
        total), AuditExcel.fileName());
  }

  static AuditFilter filter(String person, String kind, String month, String from, String to) {
    AuditKind k = null;
    if (kind != null && !kind.isBlank()) {
      try {
        k = AuditKind.valueOf(kind.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new RuleViolationException(new Violation("kind", "audit.error.kind", kind));
      }
    }
    try {
      return new AuditFilter(person, k,
          month == null || month.isBlank() ? null : SwedishFormat.parseMonth(month),
          day(from, "from"), day(to, "to"));
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation("month", "error.month", month));
    }
  }

  private static LocalDate day(String text, String parameter) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation(parameter, "audit.error.day", text));
    }
  }
}
