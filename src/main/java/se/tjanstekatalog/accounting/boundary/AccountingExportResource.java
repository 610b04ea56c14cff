package se.tjanstekatalog.accounting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.accounting.control.AccountingService;
import se.tjanstekatalog.accounting.control.InvoiceBasisCsv;
import se.tjanstekatalog.accounting.control.InvoiceBasisPdf;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;
import se.tjanstekatalog.shared.ExportFile;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Exports of a locked month to accounting: the SIE 4 file of the förvaltningar's journal and a
 * bolag's invoice basis. Under {@code /api} so the page's download buttons (session) and scripts
 * (HTTP Basic) use the same URLs.
 */
@Path("/v1/periods")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
@Tag(name = "Bokföring", description = "SIE 4 och fakturaunderlag för låsta månader")
public class AccountingExportResource {
  static final String SIE_TYPE = "text/plain; charset=IBM437";
  static final String CSV_TYPE = "text/csv; charset=UTF-8";

  @Inject AccountingService accounting;

  @GET
  @Path("{period}/sie")
  @Produces(SIE_TYPE)
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "The journal of a locked month as a SIE 4 file (code page 437)",
      description = "One #VER per förvaltning (or one per period, see the accounting settings):"
          + " debit on the cost account with ansvar and motpart, credit on the IT income"
          + " account. Bolag are not in the journal: see invoice-basis. The file has no"
          + " language choice: its texts are booked into the ledger as they are, in Swedish.")
  @APIResponse(responseCode = "200", description = "The SIE file")
  @APIResponse(responseCode = "403", description = "Not IT_CONTROLLER or ADMIN")
  @APIResponse(responseCode = "409", description = "The month is not locked")
  public Response sie(@PathParam("period") String period) {
    ExportFile export = accounting.sie(month(period));
    return Response.ok(export.bytes(), SIE_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("X-Export-Millis", export.millis())
        .build();
  }

  @GET
  @Path("{period}/invoice-basis.csv")
  @Produces(CSV_TYPE)
  @Operation(summary = "A bolag's invoice basis of a locked month as CSV (; and decimal comma;"
      + " with lang=en English texts, comma-separated with a decimal point)")
  @APIResponse(responseCode = "403", description = "Another org's invoice basis")
  @APIResponse(responseCode = "409", description = "The month is not locked")
  @APIResponse(responseCode = "422", description = "The org is not a bolag, or lang is neither"
      + " sv nor en")
  public Response csv(@PathParam("period") String period, @QueryParam("org") String org,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    return download(period, org, lang, InvoiceBasisCsv::render, CSV_TYPE, "csv");
  }

  @GET
  @Path("{period}/invoice-basis.pdf")
  @Produces("application/pdf")
  @Operation(summary = "A bolag's invoice basis of a locked month as PDF (Swedish, or English"
      + " with lang=en)")
  @APIResponse(responseCode = "403", description = "Another org's invoice basis")
  @APIResponse(responseCode = "409", description = "The month is not locked")
  @APIResponse(responseCode = "422", description = "The org is not a bolag, or lang is neither"
      + " sv nor en")
  public Response pdf(@PathParam("period") String period, @QueryParam("org") String org,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    return download(period, org, lang, InvoiceBasisPdf::render, "application/pdf", "pdf");
  }

  @GET
  @Path("{period}/invoice-basis/kommuner/{kommun}.csv")
  @Produces(CSV_TYPE)
  @Operation(summary = "The invoice basis with which the shared IT nämnd bills a kommun it"
      + " serves, for a month that kommun locked, as CSV")
  @APIResponse(responseCode = "404", description = "The current kommun does not serve it")
  @APIResponse(responseCode = "409", description = "The kommun has not locked the month")
  public Response kommunCsv(@PathParam("period") String period,
      @PathParam("kommun") String kommun,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    return file(accounting.kommunInvoiceBasis(month(period), kommun, locale), locale,
        InvoiceBasisCsv::render, CSV_TYPE, "csv");
  }

  @GET
  @Path("{period}/invoice-basis/kommuner/{kommun}.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The invoice basis with which the shared IT nämnd bills a kommun it"
      + " serves, for a month that kommun locked, as PDF")
  @APIResponse(responseCode = "404", description = "The current kommun does not serve it")
  @APIResponse(responseCode = "409", description = "The kommun has not locked the month")
  public Response kommunPdf(@PathParam("period") String period,
      @PathParam("kommun") String kommun,
      @QueryParam("lang") @Parameter(description = ExportFormat.LANG_PARAMETER) String lang) {
    Locale locale = ExportFormat.language(lang);
    return file(accounting.kommunInvoiceBasis(month(period), kommun, locale), locale,
        InvoiceBasisPdf::render, "application/pdf", "pdf");
  }

  /**
   * The invoice basis as a file in the asked language, named {@code
   * fakturaunderlag-BOAB-2026-11.pdf} (in English {@code invoice-basis-BOAB-…}).
   */
  private Response download(String period, String org, String lang,
      BiFunction<InvoiceBasis, Locale, byte[]> render, String type, String ext) {
    Locale locale = ExportFormat.language(lang);
    return file(accounting.invoiceBasis(month(period), org, locale), locale, render, type, ext);
  }

  private static Response file(InvoiceBasis b, Locale locale,
      BiFunction<InvoiceBasis, Locale, byte[]> render, String type, String ext) {
    return Response.ok(render.apply(b, locale), type).header("Content-Disposition",
        "attachment; filename=\"" + Messages.get(locale, "export.invoiceBasis.file") + "-"
            + b.orgCode() + "-" + SwedishFormat.month(b.month()) + "." + ext + "\"").build();
  }

  private static YearMonth month(String text) {
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation("period", "error.month", text));
    }
  }
}
