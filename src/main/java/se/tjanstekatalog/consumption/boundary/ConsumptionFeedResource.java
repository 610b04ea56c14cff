package se.tjanstekatalog.consumption.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.consumption.control.ConsumptionFeed;
import se.tjanstekatalog.consumption.control.ConsumptionFeed.Delivery;
import se.tjanstekatalog.consumption.control.ConsumptionFeed.Receipt;
import se.tjanstekatalog.consumption.control.JsonRows;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Feeds post a month's consumption here, as JSON or as the CSV a file upload takes. The body
 * goes to a temporary file first (hashed on the way, for the import history), so neither
 * form has to fit in memory, then through the same import as a file.
 */
@Path("/v1/consumption")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.FEED_NAME})
@Tag(name = "Förbrukning", description = "Förbrukning från flöden och skript")
public class ConsumptionFeedResource {
  static final String CSV = "text/csv";
  /** Far above a month of a large municipality (a million CSV rows are about 40 MB). */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  @Inject ConsumptionFeed feed;
  @Context HttpHeaders headers;

  /** One row of the JSON body (documentation; the body is read as a stream). */
  @Schema(name = "ConsumptionRow", description = "En rad förbrukning")
  public record RowDto(
      @Schema(description = "Månad, ÅÅÅÅ-MM (eller ett datum i månaden)", example = "2026-03",
          required = true) String period,
      @Schema(description = "Förvaltningens eller bolagets kod (eller namn)", example = "GSF",
          required = true) String org,
      @Schema(description = "Tjänstens kod (eller namn)", example = "ARB-DATOR",
          required = true) String service,
      @Schema(description = "Ambitionsnivåns kod (eller namn); kan utelämnas för en tjänst"
          + " med en enda nivå", example = "STD") String level,
      @Schema(description = "Antal (tal eller text med decimalkomma), högst fyra decimaler",
          example = "12.5", required = true) BigDecimal quantity,
      @Schema(description = "Användare, enhet eller resurs i källsystemet", example = "PC-1234")
          String reference) {}

  /** What the caller gets back. */
  public record ReceiptDto(long batchId, String status, boolean repeated, String source,
      String period, long rows, BigDecimal totalAmount, String importedBy, Instant importedAt,
      List<Long> replaced, List<OrgTotalDto> orgTotals) {
    static ReceiptDto of(Receipt r) {
      return new ReceiptDto(r.batchId(), r.status(), r.repeated(), r.source(),
          SwedishFormat.month(r.period()), r.rows(), r.totalAmount(), r.importedBy(),
          r.importedAt(), r.replaced(),
          r.orgTotals().stream()
              .map(o -> new OrgTotalDto(o.code(), o.name(), o.rows(), o.amount()))
              .toList());
    }
  }

  /** Rows per org and their value (kr) at the month's charged prices. */
  public record OrgTotalDto(String code, String name, long rows, BigDecimal amount) {}

  @POST
  @Consumes({MediaType.APPLICATION_JSON, CSV})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import one month's consumption (all rows or none)",
      description = "JSON: an array of rows; row numbers in errors are positions in the array,"
          + " the first being 1. CSV: the same file as the upload in the portal (period;"
          + " förvaltning; tjänst; nivå; antal; referens, separator ; or , and decimal comma"
          + " or point); row numbers are lines, the header being line 1. Every row is checked;"
          + " one bad row and nothing is saved (422 lists row, column, value and reason). A new"
          + " import of the same source and month replaces the earlier one; a repeat with the"
          + " same Idempotency-Key stores nothing and returns the first import (200). A feed"
          + " token imports under the feed's name as source. Authenticate with the feed's API"
          + " token (Authorization: Bearer tk_…) or as IT_CONTROLLER with HTTP Basic.")
  @SecurityRequirement(name = "feedToken")
  @SecurityRequirement(name = "basic")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(type = SchemaType.ARRAY, implementation = RowDto.class),
          examples = @ExampleObject(name = "json", value = "[{\"period\":\"2026-03\","
              + "\"org\":\"GSF\",\"service\":\"ARB-DATOR\",\"level\":\"STD\",\"quantity\":412,"
              + "\"reference\":null}]")),
      @Content(mediaType = CSV, examples = @ExampleObject(name = "csv",
          value = "period;förvaltning;tjänst;nivå;antal;referens\n"
              + "2026-03;GSF;ARB-DATOR;STD;412;\n2026-03;SBK;INF-LAGR;STD;1250,5;\n"))})
  @APIResponse(responseCode = "201", description = "Imported",
      content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
  @APIResponse(responseCode = "200", description = "Already imported with this Idempotency-Key",
      content = @Content(schema = @Schema(implementation = ReceiptDto.class)))
  @APIResponse(responseCode = "400", description = "The body is not JSON of the documented shape")
  @APIResponse(responseCode = "401", description = "No, a wrong or a revoked token")
  @APIResponse(responseCode = "403", description = "Neither a feed nor IT_CONTROLLER")
  @APIResponse(responseCode = "409",
      description = "The Idempotency-Key was used by another caller or for another body")
  @APIResponse(responseCode = "413", description = "The body is larger than 256 MB")
  @APIResponse(responseCode = "422",
      description = "Rows with problems (nothing saved): errors[] with row, column, value,"
          + " message; problemCount")
  public Response post(
      InputStream body,
      @Parameter(description = "Import source: a new import of the same source and month"
          + " replaces the earlier one. Default: the feed's name (a feed may send no other),"
          + " or \"api\".") @QueryParam("source") String source,
      @Parameter(description = "Any string of up to 120 visible ASCII characters; a repeat"
          + " with the same key returns the first import") @HeaderParam("Idempotency-Key")
          String idempotencyKey)
      throws IOException {
    boolean json = isJson(headers.getMediaType());
    java.nio.file.Path file = Files.createTempFile("tk-feed-", json ? ".json" : ".csv");
    try {
      String checksum = save(body, file);
      RowSource rows = json ? json(file) : TabularFile.open(file);
      Receipt receipt = feed.receive(new Delivery(rows, json ? "api.json" : "api.csv",
          checksum, source, idempotencyKey));
      return Response.status(receipt.repeated() ? Response.Status.OK : Response.Status.CREATED)
          .entity(ReceiptDto.of(receipt))
          .build();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null && (type.getSubtype().equalsIgnoreCase("json")
        || type.getSubtype().toLowerCase().endsWith("+json"));
  }

  private static RowSource json(java.nio.file.Path file) throws IOException {
    try {
      return JsonRows.open(file);
    } catch (JsonRows.Malformed e) {
      throw new BadRequestException(Messages.sv(e.key(), e.args()));
    }
  }

  /** Copies the body to the file and returns its SHA-256 (hex); 413 beyond the limit. */
  private static String save(InputStream body, java.nio.file.Path file) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(body, sha256);
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new WebApplicationException(
              Messages.sv("error.tooLarge", MAX_BYTES / (1024 * 1024)), 413);
        }
        out.write(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
