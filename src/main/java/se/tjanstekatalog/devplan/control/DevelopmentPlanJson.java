package se.tjanstekatalog.devplan.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.devplan.domain.Initiative;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.shared.JsonBuilders;

/**
 * A plan as JSON, as {@code /api/v1/devplan/{year}} and the årsberättelse's JSON give it:
 * amounts as numbers in kronor with two decimals, hours as numbers, dates {@code yyyy-MM-dd},
 * quarters {@code 2026-Q3}, percentages null without a base; an initiative's budget, costs and
 * percentages are of the plan year.
 */
public final class DevelopmentPlanJson {
  private DevelopmentPlanJson() {}

  /** The plan with its totals, quarters and initiatives. */
  public static JsonObject of(DevelopmentPlan p) {
    JsonObjectBuilder totals = JsonBuilders.object()
        .add("budget", p.budget().value()).add("frameLeft", p.frameLeft().value())
        .add("overFrame", p.overFrame()).add("manualCosts", p.manual().value())
        .add("billedCosts", p.billed().value()).add("booked", p.booked().value())
        .add("left", p.left().value()).add("expectedKr", p.expectedKr().value())
        .add("realisedKr", p.realisedKr().value()).add("expectedHours", p.expectedHours())
        .add("realisedHours", p.realisedHours());
    put(totals, "budgetPercentOfFrame", p.budgetPercentOfFrame());
    put(totals, "usedPercent", p.usedPercent());
    put(totals, "realisedPercent", p.realisedPercent());
    JsonObjectBuilder financing = JsonBuilders.object();
    p.budgetByFinancing().forEach((f, a) -> financing.add(f.name(), a.value()));
    totals.add("budgetByFinancing", financing);
    JsonArrayBuilder quarters = JsonBuilders.array();
    for (DevelopmentPlan.QuarterFollowUp q : p.followUp()) {
      JsonObjectBuilder counts = JsonBuilders.object();
      for (InitiativeStatus s : InitiativeStatus.values()) {
        counts.add(s.name(), q.count(s));
      }
      quarters.add(JsonBuilders.object().add("quarter", q.quarter().toString())
          .add("counts", counts).add("notReported", q.notReported()));
    }
    JsonArrayBuilder initiatives = JsonBuilders.array();
    for (Initiative i : p.initiatives()) {
      initiatives.add(initiative(p.year(), i));
    }
    JsonObjectBuilder out = JsonBuilders.object().add("year", p.year())
        .add("frame", p.frame().value()).add("requested", p.requested().value())
        .add("decision", p.decision());
    put(out, "framePercentOfRequested", p.framePercentOfRequested());
    return out.add("totals", totals).add("quarters", quarters)
        .add("initiatives", initiatives).build();
  }

  private static JsonObjectBuilder initiative(int year, Initiative i) {
    JsonArrayBuilder orgs = JsonBuilders.array();
    i.orgs().forEach(o -> orgs.add(o.code()));
    JsonArrayBuilder budgets = JsonBuilders.array();
    i.budgets().forEach(b -> budgets.add(JsonBuilders.object().add("year", b.year())
        .add("financing", b.financing().name()).add("amount", b.amount().value())));
    JsonArrayBuilder statuses = JsonBuilders.array();
    i.statuses().forEach(s -> statuses.add(JsonBuilders.object()
        .add("quarter", s.quarter().toString()).add("status", s.status().name())
        .add("text", s.text())));
    JsonArrayBuilder costs = JsonBuilders.array();
    i.costs().forEach(c -> costs.add(JsonBuilders.object().add("id", c.id())
        .add("date", c.date().toString()).add("amount", c.amount().value())
        .add("text", c.text())));
    JsonArrayBuilder benefits = JsonBuilders.array();
    i.benefits().forEach(b -> {
      JsonObjectBuilder o = JsonBuilders.object().add("org", b.org().code())
          .add("expectedKr", b.expectedKr().value()).add("expectedHours", b.expectedHours())
          .add("realisedKr", b.realisedKr().value()).add("realisedHours", b.realisedHours());
      put(o, "realisedPercent", b.realisedPercent());
      benefits.add(o);
    });
    JsonObjectBuilder o = JsonBuilders.object().add("id", i.id())
        .add("planYear", i.planYear()).add("name", i.name())
        .add("goal", i.goal()).add("owner", i.owner())
        .add("decision", i.decision().text()).add("orgs", orgs);
    put(o, "service", i.serviceCode());
    o.add("budget", i.budgetIn(year).value()).add("budgets", budgets)
        .add("manualCosts", i.manualIn(year).value()).add("billedCosts", i.billed().value())
        .add("booked", i.bookedIn(year).value()).add("left", i.leftIn(year).value());
    put(o, "usedPercent", i.usedPercent(year));
    put(o, "latestStatus", i.latestStatus().map(s -> s.status().name()).orElse(null));
    return o.add("statuses", statuses).add("costs", costs).add("benefits", benefits)
        .add("expectedKr", i.expectedKr().value()).add("realisedKr", i.realisedKr().value());
  }

  /** A number or JSON null. */
  private static void put(JsonObjectBuilder b, String name, BigDecimal value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  /** A text or JSON null. */
  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }
}
