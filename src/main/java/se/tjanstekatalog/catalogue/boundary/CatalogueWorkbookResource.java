package se.tjanstekatalog.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.catalogue.control.CatalogueWorkbookService;
import se.tjanstekatalog.catalogue.control.CatalogueWorkbookService.Outcome;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.shared.Role;

/**
 * The whole catalogue as one Excel workbook: the template, the export (the catalogue and a
 * year's price list) and the import, which saves all or nothing. Under {@code /api} so the page
 * downloads with its session and scripts with HTTP Basic.
 */
@Path("/v1/catalogue/workbook")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Tjänstekatalog")
public class CatalogueWorkbookResource {
  /** A catalogue workbook is small; anything larger is refused before it is read. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  @Inject CatalogueWorkbookService workbooks;

  /** What an import did. */
  public record OutcomeDto(int created, int updated, boolean unchanged, List<String> changes) {
    static OutcomeDto of(Outcome o) {
      return new OutcomeDto(o.created(), o.updated(), o.unchanged(), o.changes());
    }
  }

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The catalogue and a year's price list as the catalogue workbook",
      description = "Sheets Anvisningar, Tjänsteområden, Tjänster, Nivåer, Åtaganden, Prislista"
          + " and Prisrader; the same workbook the import reads, so importing it unchanged"
          + " changes nothing.")
  @APIResponse(responseCode = "200", description = "The workbook (.xlsx)")
  @APIResponse(responseCode = "400", description = "The year is not a year")
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Neither IT_CONTROLLER nor ADMIN")
  public Response export(@Parameter(description = "The price list's year, yyyy (default: this"
      + " year)", example = "2026") @QueryParam("year") String year) {
    Year y = year(year);
    return Downloads.xlsx(workbooks.export(y), "tjanstekatalog-" + y + ".xlsx");
  }

  @GET
  @Path("template")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The empty catalogue workbook: instructions and headings only")
  @APIResponse(responseCode = "200", description = "The template (.xlsx)")
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Neither IT_CONTROLLER nor ADMIN")
  public Response template() {
    return Downloads.xlsx(workbooks.template(), "tjanstekatalog-mall.xlsx");
  }

  @POST
  @Consumes({Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Import a catalogue workbook (all or nothing)",
      description = "Areas, services and levels are matched by code and created or updated;"
          + " promises by kind within their level; the year's price list is created (with the"
          + " workbook's status) or, if a draft, its lines added or repriced. A different or"
          + " new price in a published list is refused: use a change proposal. One problem"
          + " and nothing is saved: 422 lists sheet and column (\"Tjänster: Kod\"), row, value"
          + " and reason for each.")
  @RequestBody(required = true, description = "The workbook (.xlsx), e.g. from the template",
      content = @Content(mediaType = Downloads.XLSX))
  @APIResponse(responseCode = "200", description = "Imported; what was created and changed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = OutcomeDto.class),
          examples = @ExampleObject(name = "unchanged",
              value = "{\"created\":0,\"updated\":0,\"unchanged\":true,\"changes\":[]}")))
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Not IT_CONTROLLER")
  @APIResponse(responseCode = "413", description = "The body is larger than 20 MB")
  @APIResponse(responseCode = "422",
      content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
          name = "refused", value = "{\"status\":422,\"problemCount\":1,\"errors\":[{\"field\":"
              + "\"Tjänster: Moms %\",\"row\":4,\"column\":\"Tjänster: Moms %\",\"value\":\"125\","
              + "\"key\":\"catalogue.workbook.problem.percent\",\"message\":\"Procenten ska"
              + " vara mellan 0 och 100.\"}]}")),
      description = "Problems (nothing saved): errors[] with row, column (sheet: heading),"
          + " value, message; problemCount")
  public OutcomeDto importWorkbook(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return OutcomeDto.of(workbooks.importWorkbook(bytes, "api.xlsx"));
  }

  private static Year year(String text) {
    if (text == null || text.isBlank()) {
      return Year.now();
    }
    if (!text.strip().matches("\\d{4}")) {
      throw new BadRequestException("year: yyyy");
    }
    return Year.of(Integer.parseInt(text.strip()));
  }
}
