package se.tjanstekatalog.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.control.OrganisationService.WorkbookOutcome;
import se.tjanstekatalog.platform.Downloads;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;

/**
 * The org register as an Excel workbook: the empty template, the register exported, and a
 * filled-in workbook imported (all rows or none; 422 lists sheet, row, column and reason).
 */
@Path("/v1/organisations/workbook")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.IT_CONTROLLER_NAME})
@Tag(name = "Organisationer")
public class OrgRegisterWorkbookResource {
  /** An org register is a few hundred rows at most; 5 MB leaves room for formatting. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @Inject OrganisationService service;

  /** What an import did. */
  public record OutcomeDto(long rows, List<String> created, List<String> changed,
      long unchanged) {
    static OutcomeDto of(WorkbookOutcome o) {
      return new OutcomeDto(o.rows(), o.created(), o.changed(), o.unchanged());
    }
  }

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The org register as a workbook (the template's layout)",
      description = "Sheet Organisationer: Kod, Namn, Typ (förvaltning/bolag), Ansvar, Motpart,"
          + " Giltig från, Giltig till. Importing it unchanged changes nothing.")
  @APIResponse(responseCode = "200", description = "The workbook")
  public Response export() {
    return Downloads.xlsx(service.workbook(), "organisationsregister.xlsx");
  }

  @GET
  @Path("template")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The empty org register workbook to fill in, with instructions")
  @APIResponse(responseCode = "200", description = "The template")
  public Response template() {
    return Downloads.xlsx(
        se.tjanstekatalog.organisation.control.OrgRegisterWorkbook.template(),
        "organisationsregister-mall.xlsx");
  }

  @POST
  @Consumes({Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Import the org register from a workbook (all rows or none)",
      description = "Upsert by org code: a new code creates the org, a known code takes the"
          + " row's name, kind, cost centre, counterpart and validity; orgs not in the"
          + " workbook stay as they are. Every change is recorded in the audit log. ADMIN only.")
  @RequestBody(required = true, content = @Content(mediaType = Downloads.XLSX))
  @APIResponse(responseCode = "200", description = "Imported",
      content = @Content(schema = @Schema(implementation = OutcomeDto.class),
          examples = @ExampleObject(name = "outcome", value = "{\"rows\":5,\"created\":"
              + "[\"EHAB\"],\"changed\":[\"KS\"],\"unchanged\":3}")))
  @APIResponse(responseCode = "403", description = "Not ADMIN")
  @APIResponse(responseCode = "413", description = "The body is larger than 5 MB")
  @APIResponse(responseCode = "422",
      description = "Rows with problems (nothing saved): errors[] with row, column (sheet,"
          + " column), value, message; problemCount",
      content = @Content(mediaType = "application/problem+json",
          examples = @ExampleObject(name = "rejected", value = "{\"status\":422,"
              + "\"problemCount\":1,\"errors\":[{\"field\":\"Organisationer, Motpart\","
              + "\"row\":3,\"column\":\"Organisationer, Motpart\",\"value\":\"5\",\"key\":"
              + "\"org.error.counterpart.administration\",\"message\":\"Motpart: ”5” är en"
              + " bolagskod; en förvaltning har motpart 1–4.\"}]}")))
  public OutcomeDto upload(InputStream body) throws IOException {
    java.nio.file.Path file = Files.createTempFile("tk-orgs-", ".xlsx");
    try {
      copy(body, file);
      return OutcomeDto.of(service.importWorkbook(TabularFile.open(file), "api.xlsx"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void copy(InputStream body, java.nio.file.Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = body.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new WebApplicationException(
              Messages.sv("error.tooLarge", MAX_BYTES / (1024 * 1024)), 413);
        }
        out.write(buffer, 0, n);
      }
    }
  }
}
