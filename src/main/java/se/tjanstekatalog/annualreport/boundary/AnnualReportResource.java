package se.tjanstekatalog.annualreport.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.annualreport.control.AnnualReportDocx;
import se.tjanstekatalog.annualreport.control.AnnualReportPdf;
import se.tjanstekatalog.annualreport.control.AnnualReportService;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.AnnualReport.Text;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.annualreport.domain.ModelCosts;
import se.tjanstekatalog.annualreport.domain.PoolRecovery;
import se.tjanstekatalog.annualreport.domain.VolumeChange;
import se.tjanstekatalog.devplan.control.DevelopmentPlanJson;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFile;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Role;

/**
 * The årsberättelse as JSON, PDF and Word, with the page's roles (IT_CONTROLLER, ORG_FINANCE,
 * ADMIN): totals per area and org, never lines. Under {@code /api} so the page's download
 * links work with the session and scripts with HTTP Basic. Amounts are numbers in kronor with
 * two decimals, months {@code yyyy-MM}, percentages with one decimal; null where a figure has
 * no base (a change from nothing, a ratio without key value).
 */
@Path("/v1/annual-report")
@RequestScoped
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
@Tag(name = "Årsberättelse")
public class AnnualReportResource {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PDF = "application/pdf";

  @Inject AnnualReportService service;

  @GET
  @Path("{year: \\d{4}}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The year's annual report: per service area and for the whole")
  public JsonObject json(@Parameter(description = "The year, e.g. 2026") @PathParam("year")
      int year) {
    return toJson(service.report(year));
  }

  @GET
  @Path("{year: \\d{4}}.pdf")
  @Produces(PDF)
  @Operation(summary = "The year's annual report as a print-quality PDF")
  public Response pdf(@PathParam("year") int year) {
    return download(AnnualReportPdf.render(service.report(year)), PDF);
  }

  @GET
  @Path("{year: \\d{4}}.docx")
  @Produces(DOCX)
  @Operation(summary = "The year's annual report as an editable Word document")
  public Response docx(@PathParam("year") int year) {
    return download(AnnualReportDocx.render(service.report(year)), DOCX);
  }

  private static Response download(ExportFile file, String type) {
    return Response.ok(file.bytes(), type)
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  static JsonObject toJson(AnnualReport r) {
    JsonArrayBuilder months = JsonBuilders.array();
    r.months().forEach(m -> months.add(m.toString()));
    JsonArrayBuilder areas = JsonBuilders.array();
    for (AreaSection a : r.areas()) {
      areas.add(area(a));
    }
    AnnualReport.Whole w = r.whole();
    JsonArrayBuilder switches = JsonBuilders.array();
    w.switches().forEach(s -> switches.add(JsonBuilders.object().add("area", s.areaName())
        .add("from", s.from().toString()).add("model", s.model())
        .add("note", s.note() == null ? "" : s.note())));
    JsonArrayBuilder transfers = JsonBuilders.array();
    w.transfers().forEach(t -> transfers.add(JsonBuilders.object()
        .add("area", t.areaName()).add("switchMonth", t.switchMonth().toString())
        .add("referenceFrom", t.referenceFrom().toString())
        .add("referenceTo", t.referenceTo().toString())
        .add("transferred", t.transferred().value()).add("poolCost", t.poolCost().value())));
    JsonObjectBuilder whole = JsonBuilders.object()
        .add("costs", costs(w.costs()))
        .add("previousYearCosts", costs(w.previousCosts()))
        .add("pools", pools(w.pools()))
        .add("keyFigures", keyFigures(w.keyFigures()))
        .add("switches", switches)
        .add("budgetTransfers", transfers)
        .add("text", text(w.text()));
    put(whole, "bindingChangePercent", w.bindingChangePercent());
    JsonObjectBuilder out = JsonBuilders.object()
        .add("year", r.year())
        .add("preliminary", r.preliminary())
        .add("months", months);
    put(out, "through", r.through() == null ? null : r.through().toString());
    out.add("whole", whole);
    if (r.developmentPlan() == null) {
      out.addNull(AnnualReport.DEVELOPMENT_PLAN_SECTION);
    } else {
      out.add(AnnualReport.DEVELOPMENT_PLAN_SECTION, DevelopmentPlanJson.of(r.developmentPlan()));
    }
    return out.add("areas", areas).build();
  }

  private static JsonObjectBuilder area(AreaSection a) {
    JsonArrayBuilder volumes = JsonBuilders.array();
    for (VolumeChange v : a.volumes()) {
      JsonObjectBuilder o = JsonBuilders.object().add("service", v.serviceCode())
          .add("name", v.serviceName()).add("unit", v.unit())
          .add("previous", v.previous()).add("current", v.current())
          .add("chargebackCost", v.cost().value());
      put(o, "changePercent", v.changePercent());
      volumes.add(o);
    }
    JsonArrayBuilder pools = pools(a.pools());
    JsonArrayBuilder changes = JsonBuilders.array();
    a.catalogueChanges().forEach(c -> {
      JsonObjectBuilder o = JsonBuilders.object().add("kind", c.kind().name())
          .add("service", c.serviceCode()).add("month", c.month().toString());
      put(o, "level", c.levelName());
      changes.add(o);
    });
    JsonArrayBuilder prices = JsonBuilders.array();
    a.priceChanges().forEach(p -> {
      JsonObjectBuilder o = JsonBuilders.object().add("service", p.serviceCode())
          .add("level", p.levelName());
      put(o, "before", p.before());
      put(o, "after", p.after());
      put(o, "changePercent", p.changePercent());
      prices.add(o);
    });
    JsonArrayBuilder proposals = JsonBuilders.array();
    a.proposals().forEach(p -> proposals.add(JsonBuilders.object().add("kind", p.kind())
        .add("title", p.title()).add("effective", p.effective().toString())));
    return JsonBuilders.object().add("code", a.code()).add("name", a.name())
        .add("costs", costs(a.costs())).add("pools", pools).add("volumes", volumes)
        .add("catalogueChanges", changes).add("priceChanges", prices)
        .add("decidedProposals", proposals).add("text", text(a.text()));
  }

  private static JsonArrayBuilder pools(java.util.List<PoolRecovery> pools) {
    JsonArrayBuilder out = JsonBuilders.array();
    for (PoolRecovery p : pools) {
      JsonObjectBuilder o = JsonBuilders.object().add("code", p.code())
          .add("name", p.name()).add("cost", p.cost().value())
          .add("revenue", p.revenue().value());
      put(o, "recoveryPercent", p.recoveryPercent());
      out.add(o);
    }
    return out;
  }

  private static JsonObjectBuilder keyFigures(KeyFigures k) {
    JsonArrayBuilder orgs = JsonBuilders.array();
    for (KeyFigures.OrgFigure o : k.all()) {
      JsonObjectBuilder b = JsonBuilders.object().add("code", o.code())
          .add("name", o.name()).add("kind", o.company() ? "COMPANY" : "ADMINISTRATION")
          .add("bindingCost", o.cost().value());
      put(b, "averageHeadcount", o.headcount());
      put(b, "turnoverMsek", o.turnoverMsek());
      put(b, "perEmployee", o.perEmployee());
      put(b, "perMsek", o.perMsek());
      orgs.add(b);
    }
    return JsonBuilders.object().add("orgs", orgs)
        .add("administrationMedian", median(k.administrationMedian()))
        .add("companyMedian", median(k.companyMedian()));
  }

  private static JsonObjectBuilder median(KeyFigures.Median m) {
    JsonObjectBuilder b = JsonBuilders.object().add("orgs", m.orgs());
    put(b, "perEmployee", m.perEmployee());
    put(b, "perMsek", m.perMsek());
    return b;
  }

  private static JsonObjectBuilder costs(ModelCosts c) {
    return JsonBuilders.object().add("chargeback", c.chargeback().value())
        .add("allocation", c.allocation().value()).add("binding", c.binding().value());
  }

  private static JsonObjectBuilder text(Text t) {
    return JsonBuilders.object().add("events", t.events())
        .add("efficiencies", t.efficiencies()).add("nextSteps", t.nextSteps());
  }

  private static void put(JsonObjectBuilder b, String name, Object value) {
    if (value == null) {
      b.addNull(name);
    } else if (value instanceof Amount a) {
      b.add(name, a.value());
    } else if (value instanceof BigDecimal d) {
      b.add(name, d);
    } else if (value instanceof YearMonth m) {
      b.add(name, m.toString());
    } else {
      b.add(name, value.toString());
    }
  }
}
