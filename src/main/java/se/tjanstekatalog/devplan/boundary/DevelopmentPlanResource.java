package se.tjanstekatalog.devplan.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.tjanstekatalog.devplan.control.DevelopmentPlanJson;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.BenefitInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.BudgetInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.CostInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.InitiativeInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.PlanInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.StatusInput;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The utvecklingsplan as JSON for every role, and IT_CONTROLLER's writes (the service checks
 * the role, every field and audits). Amounts are numbers in kronor with two decimals, hours
 * numbers, dates {@code yyyy-MM-dd}, quarters {@code 2026-Q3}; percentages null without a base.
 */
@Path("/v1/devplan")
@RequestScoped
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
    Role.ADMIN_NAME})
@Tag(name = "Utvecklingsplan")
public class DevelopmentPlanResource {
  @Inject DevelopmentPlanService service;

  @GET
  @Path("{year: \\d{4}}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The year's utvecklingsplan: totals against the frame, initiatives with"
      + " budget, booked costs, statuses per quarter and benefits")
  public JsonObject plan(@Parameter(description = "The plan year, e.g. 2026")
      @PathParam("year") int year) {
    return DevelopmentPlanJson.of(service.plan(year).orElseThrow(
        () -> new NotFoundException("devplan.error.noPlan", String.valueOf(year))));
  }

  @PUT
  @Path("{year: \\d{4}}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Create or change the year's plan: {frame, requested, decision}")
  public Response savePlan(@PathParam("year") int year, JsonObject body) {
    Fields f = new Fields(body);
    PlanInput in = new PlanInput(year, f.number("frame"), f.number("requested"),
        f.text("decision"));
    f.check();
    service.savePlan(in);
    return Response.noContent().build();
  }

  @POST
  @Path("{year: \\d{4}}/initiatives")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Add an initiative: {name, goal, owner, decisionBody, decisionDate,"
      + " decisionParagraph, orgs: [codes], service, budgets: [{year, financing, amount}]}")
  public Response addInitiative(@PathParam("year") int year, JsonObject body) {
    long id = service.saveInitiative(initiative(year, null, body));
    return Response.status(201).entity(JsonBuilders.object().add("id", id).build())
        .build();
  }

  @PUT
  @Path("{year: \\d{4}}/initiatives/{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Change an initiative (its orgs and budget rows are replaced)")
  public Response changeInitiative(@PathParam("year") int year, @PathParam("id") long id,
      JsonObject body) {
    service.saveInitiative(initiative(year, id, body));
    return Response.noContent().build();
  }

  @POST
  @Path("initiatives/{id: \\d+}/statuses")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Set a quarter's status: {year, quarter, status (ON_TRACK, AT_RISK,"
      + " LATE, DONE), text}; replaces the quarter's earlier status")
  public Response saveStatus(@PathParam("id") long id, JsonObject body) {
    Fields f = new Fields(body);
    StatusInput in = new StatusInput(id, f.integer("year"), f.integer("quarter"),
        f.choice("status", InitiativeStatus.class), f.text("text"));
    f.check();
    service.saveStatus(in);
    return Response.noContent().build();
  }

  @POST
  @Path("initiatives/{id: \\d+}/costs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Book a manual cost: {date, amount, text}")
  public Response addCost(@PathParam("id") long id, JsonObject body) {
    Fields f = new Fields(body);
    CostInput in = new CostInput(id, f.date("date"), f.number("amount"), f.text("text"));
    f.check();
    long cost = service.addCost(in);
    return Response.status(201).entity(JsonBuilders.object().add("id", cost).build())
        .build();
  }

  @DELETE
  @Path("initiatives/{id: \\d+}/costs/{cost: \\d+}")
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Remove a manual cost")
  public Response removeCost(@PathParam("id") long id, @PathParam("cost") long cost) {
    service.removeCost(id, cost);
    return Response.noContent().build();
  }

  @DELETE
  @Path("initiatives/{id: \\d+}/benefits/{org}")
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Remove an org's benefit of an initiative")
  public Response removeBenefit(@PathParam("id") long id, @PathParam("org") String org) {
    service.removeBenefit(id, org);
    return Response.noContent().build();
  }

  @PUT
  @Path("initiatives/{id: \\d+}/benefits/{org}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  @Operation(summary = "Set an org's benefit: {expectedKr, expectedHours, realisedKr,"
      + " realisedHours}")
  public Response saveBenefit(@PathParam("id") long id, @PathParam("org") String org,
      JsonObject body) {
    Fields f = new Fields(body);
    BenefitInput in = new BenefitInput(id, org, f.number("expectedKr"),
        f.number("expectedHours"), f.number("realisedKr"), f.number("realisedHours"));
    f.check();
    service.saveBenefit(in);
    return Response.noContent().build();
  }

  private static InitiativeInput initiative(int year, Long id, JsonObject body) {
    Fields f = new Fields(body);
    List<String> orgs = new ArrayList<>();
    JsonArray codes = f.array("orgs");
    if (codes != null) {
      codes.forEach(v -> orgs.add(v instanceof JsonString s ? s.getString() : v.toString()));
    }
    List<BudgetInput> budgets = new ArrayList<>();
    JsonArray rows = f.array("budgets");
    if (rows != null) {
      for (JsonValue v : rows) {
        Fields b = new Fields(v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, f);
        budgets.add(new BudgetInput(b.integer("year"), b.choice("financing", Financing.class),
            b.number("amount")));
      }
    }
    InitiativeInput in = new InitiativeInput(year, id, f.text("name"), f.text("goal"),
        f.text("owner"), f.text("decisionBody"), f.date("decisionDate"),
        f.text("decisionParagraph"), orgs, f.text("service"), budgets);
    f.check();
    return in;
  }

  /** A JSON body's fields read leniently; a value of the wrong kind is a violation. */
  static final class Fields {
    private final JsonObject body;
    private final List<Violation> errors;

    Fields(JsonObject body) {
      this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
      this.errors = new ArrayList<>();
    }

    Fields(JsonObject body, Fields parent) {
      this.body = body;
      this.errors = parent.errors;
    }

    String text(String name) {
      JsonValue v = body.get(name);
      return v == null || v == JsonValue.NULL ? null
          : v instanceof JsonString s ? s.getString() : v.toString();
    }

    BigDecimal number(String name) {
      JsonValue v = body.get(name);
      if (v instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      String t = text(name);
      if (t == null || t.isBlank()) {
        return null;
      }
      try {
        return SwedishFormat.parseNumber(t);
      } catch (RuntimeException e) {
        errors.add(new Violation(name, "devplan.error.number", name, t));
        return null;
      }
    }

    Integer integer(String name) {
      BigDecimal n = number(name);
      try {
        return n == null ? null : n.intValueExact();
      } catch (ArithmeticException e) {
        errors.add(new Violation(name, "devplan.error.number", name, n.toPlainString()));
        return null;
      }
    }

    LocalDate date(String name) {
      String t = text(name);
      if (t == null || t.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(t.strip());
      } catch (DateTimeParseException e) {
        errors.add(new Violation(name, "devplan.error.date", name, t));
        return null;
      }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
      String t = text(name);
      if (t == null || t.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, t.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new Violation(name, "devplan.error.choice", name, t));
        return null;
      }
    }

    JsonArray array(String name) {
      JsonValue v = body.get(name);
      return v instanceof JsonArray a ? a : null;
    }

    void check() {
      RuleViolationException.throwIfAny(errors);
    }
  }
}
