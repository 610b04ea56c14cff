package se.tjanstekatalog.statement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFile;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.statement.control.StatementCsv;
import se.tjanstekatalog.statement.control.StatementExcel;
import se.tjanstekatalog.statement.control.StatementPdf;
import se.tjanstekatalog.statement.control.StatementService;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * Månadsbesked over REST: one org's statement as JSON, PDF, Excel or CSV (IT_CONTROLLER and
 * ADMIN any org, VIEWER and ORG_FINANCE their own, 403 for another), and every org's PDF of a
 * month in one ZIP (IT_CONTROLLER, ADMIN). The files are Swedish, or English with {@code
 * lang=en}; the JSON has codes, not texts. The org code's pattern keeps {@code GSF.pdf} from
 * matching the JSON path.
 */
@Path("/v1/periods")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Månadsbesked", description = "En organisations månadsbesked och exporter")
public class StatementResource {
  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv; charset=UTF-8";

  @Inject StatementService statements;

  /** The statement as JSON; amounts in kronor with two decimals. */
  public record StatementDto(String org, String orgName, String kind, String month,
      String status, List<LineDto> lines, List<PoolLineDto> pooledLines,
      List<AdjustmentDto> adjustments, List<LaterCorrectionDto> laterCorrections,
      TotalsDto totals, VatDto vat, EffectsDto vsPreviousMonth, EffectsDto vsLastYear) {}

  /** A binding quantity-based line. */
  public record LineDto(String area, String areaName, String service, String level,
      String model, String source, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal amount) {}

  /** A binding pooled line: the org's share of the pool by its key. */
  public record PoolLineDto(String area, String pool, String poolName, String key,
      BigDecimal keyValue, BigDecimal keyTotal, BigDecimal sharePercent, BigDecimal amount) {}

  /** A correction booked in this month of a line of an earlier, locked month. */
  public record AdjustmentDto(String originalMonth, String area, String originalLine,
      BigDecimal originalAmount, BigDecimal amount, String reason) {}

  /** A correction of this month's line booked in a later month (not in this month's totals). */
  public record LaterCorrectionDto(String bookedIn, String originalLine,
      BigDecimal originalAmount, BigDecimal amount, String reason) {}

  /**
   * bindingTotal = bindingLines + adjustments (what the org pays); difference = bindingLines −
   * shadow, differencePercent of the shadow (null when the shadow is 0).
   */
  public record TotalsDto(BigDecimal bindingLines, BigDecimal adjustments,
      BigDecimal bindingTotal, BigDecimal shadow, BigDecimal difference,
      BigDecimal differencePercent) {}

  /** Bolag only. */
  public record VatDto(BigDecimal excludingVat, BigDecimal vat, BigDecimal includingVat) {}

  /** Change of the binding lines against a month; price + volume + allocation = change. */
  public record EffectsDto(String comparedWith, BigDecimal before, BigDecimal after,
      BigDecimal change, BigDecimal price, BigDecimal volume, BigDecimal allocation) {}

  @GET
  @Path("{period}/statements/{org: [^/.]+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One org's statement (månadsbesked) of a computed month",
      description = "Binding lines by area, pooled shares, adjustments booked in the month,"
          + " later corrections (a note), totals, VAT for bolag, and the change against the"
          + " previous month and the same month last year (left out when that month is not"
          + " computed). VIEWER and ORG_FINANCE: their own org only.")
  @APIResponse(responseCode = "200", description = "The statement",
      content = @Content(schema = @Schema(implementation = StatementDto.class)))
  @APIResponse(responseCode = "403", description = "Another org's statement")
  @APIResponse(responseCode = "404", description = "No such org, or the month is not computed")
  @APIResponse(responseCode = "422", description = "The period is not a month (yyyy-MM)")
  public StatementDto json(@PathParam("period") String period, @PathParam("org") String org) {
    return dto(statements.statement(month(period), org));
  }

  @GET
  @Path("{period}/statements/{org: [^/.]+}.pdf")
  @Produces("application/pdf")
  @Operation(summary = "One org's statement as a printable PDF (Swedish, or English with"
      + " lang=en)")
  @APIResponse(responseCode = "403", description = "Another org's statement")
  @APIResponse(responseCode = "422", description = "lang is neither sv nor en")
  public Response pdf(@PathParam("period") String period, @PathParam("org") String org,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    Statement s = statements.statement(month(period), org);
    return file(StatementPdf.render(s, statements.municipalityName(), locale),
        "application/pdf", StatementService.fileName(s, "pdf", locale));
  }

  @GET
  @Path("{period}/statements/{org: [^/.]+}.xlsx")
  @Produces(XLSX)
  @Operation(summary = "One org's statement as Excel (Swedish, or English with lang=en)")
  @APIResponse(responseCode = "403", description = "Another org's statement")
  @APIResponse(responseCode = "422", description = "lang is neither sv nor en")
  public Response xlsx(@PathParam("period") String period, @PathParam("org") String org,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    Statement s = statements.statement(month(period), org);
    return file(StatementExcel.render(s, statements.municipalityName(), locale), XLSX,
        StatementService.fileName(s, "xlsx", locale));
  }

  @GET
  @Path("{period}/statements/{org: [^/.]+}.csv")
  @Produces(CSV)
  @Operation(summary = "One org's statement as CSV (; and decimal comma, UTF-8 with BOM; with"
      + " lang=en English texts, comma-separated with a decimal point)")
  @APIResponse(responseCode = "403", description = "Another org's statement")
  @APIResponse(responseCode = "422", description = "lang is neither sv nor en")
  public Response csv(@PathParam("period") String period, @PathParam("org") String org,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    Statement s = statements.statement(month(period), org);
    return file(StatementCsv.render(s, locale), CSV,
        StatementService.fileName(s, "csv", locale));
  }

  @GET
  @Path("{period}/statements.zip")
  @Produces("application/zip")
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every org's statement of a computed month as PDFs in one ZIP",
      description = "One file per org with results, named manadsbesked-yyyy-MM-CODE.pdf"
          + " (statement-yyyy-MM-CODE.pdf in English). The X-Export-Millis header says how long"
          + " it took on the server.")
  @APIResponse(responseCode = "403", description = "Not IT_CONTROLLER or ADMIN")
  @APIResponse(responseCode = "404", description = "The month is not computed")
  @APIResponse(responseCode = "422", description = "lang is neither sv nor en")
  public Response zip(@PathParam("period") String period,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    ExportFile export = statements.zip(month(period), locale);
    return Response.ok(export.bytes(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("X-Export-Millis", export.millis()).build();
  }

  private static Response file(byte[] bytes, String type, String name) {
    return Response.ok(bytes, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }

  private static YearMonth month(String text) {
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation("period", "error.month", text));
    }
  }

  static StatementDto dto(Statement s) {
    List<LineDto> lines = s.areaGroups().stream().flatMap(g -> g.lines().stream())
        .map(l -> new LineDto(l.areaCode(), l.areaName(), l.serviceName(), l.levelName(),
            l.model(), l.source(), l.quantity(), l.unitPrice(), kr(l.amount()))).toList();
    List<PoolLineDto> pooled = s.pooledLines().stream().map(l -> new PoolLineDto(l.areaCode(),
        l.poolCode(), l.poolName(), l.poolKey(), l.keyValue(), l.keyTotal(), l.sharePercent(),
        kr(l.amount()))).toList();
    List<AdjustmentDto> adjustments = s.adjustments().stream().map(a -> new AdjustmentDto(
        SwedishFormat.month(a.originalMonth()), a.areaName(), a.originalLabel(),
        kr(a.originalAmount()), kr(a.amount()), a.reason())).toList();
    List<LaterCorrectionDto> later = s.laterCorrections().stream().map(c ->
        new LaterCorrectionDto(SwedishFormat.month(c.bookedIn()), c.originalLabel(),
            kr(c.originalAmount()), kr(c.amount()), c.reason())).toList();
    Statement.Vat vat = s.vat();
    return new StatementDto(s.orgCode(), s.orgName(), s.company() ? "COMPANY" : "ADMINISTRATION",
        SwedishFormat.month(s.month()), s.status(), lines, pooled, adjustments, later,
        new TotalsDto(kr(s.bindingLinesTotal()), kr(s.adjustmentsTotal()), kr(s.bindingTotal()),
            kr(s.shadowTotal()), kr(s.difference()), s.differencePercent()),
        vat == null ? null
            : new VatDto(kr(vat.excludingVat()), kr(vat.vat()), kr(vat.includingVat())),
        effects(s.vsPreviousMonth()), effects(s.vsLastYear()));
  }

  private static EffectsDto effects(Effects e) {
    return e == null ? null : new EffectsDto(SwedishFormat.month(e.comparedWith()),
        kr(e.before()), kr(e.after()), kr(e.change()), kr(e.price()), kr(e.volume()),
        kr(e.allocation()));
  }

  /** An amount in the JSON: kronor with two decimals; null stays null. */
  private static BigDecimal kr(Amount amount) {
    return amount == null ? null : amount.value();
  }
}
