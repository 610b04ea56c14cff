package se.tjanstekatalog.devplan.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * One initiative of a plan as plain values, and its figures for a year: the budget (every
 * financing, or one), the costs booked (manual entries dated in the year + the billed
 * development consumption of the year, {@code billed}), what is left of the budget, the latest
 * status, and the benefits expected and realised summed over the orgs.
 *
 * @param planYear the year of the plan the initiative was decided in; a later year's plan lists
 *     it too while it has budget rows of that year
 * @param serviceCode the service whose binding lines billed to the involved orgs are its cost
 *     (null: only manual costs)
 * @param billed the plan year's billed development consumption (the ledger's binding lines of
 *     {@code serviceCode} for {@code orgs}), zero without a service
 */
public record Initiative(long id, int planYear, String name, String goal, String owner,
    Decision decision, List<Org> orgs, String serviceCode, List<Budget> budgets,
    List<Status> statuses, List<Cost> costs, Amount billed, List<Benefit> benefits)
    implements Serializable {

  public Initiative {
    orgs = List.copyOf(orgs);
    budgets = List.copyOf(budgets);
    statuses = statuses.stream().sorted(Comparator.comparing(Status::quarter)).toList();
    costs = costs.stream().sorted(Comparator.comparing(Cost::date)).toList();
    benefits = List.copyOf(benefits);
    billed = billed == null ? Amount.ZERO : billed;
  }

  /** This initiative with the plan year's billed development consumption. */
  public Initiative withBilled(Amount amount) {
    return new Initiative(id, planYear, name, goal, owner, decision, orgs, serviceCode, budgets,
        statuses, costs, amount, benefits);
  }

  /** Whether the initiative comes from an earlier year's plan into {@code year}'s. */
  public boolean continuesInto(int year) {
    return planYear < year;
  }

  /** A decision: body, date and paragraph, read as "KS 2025-09-15 § 426". */
  public record Decision(String body, LocalDate date, String paragraph) implements Serializable {
    public String text() {
      return body + " " + date + " " + paragraph;
    }
  }

  /** An org involved. */
  public record Org(long id, String code, String name) implements Serializable {}

  /** The budget of one year under one financing. */
  public record Budget(int year, Financing financing, Amount amount) implements Serializable {}

  /** The status of a quarter, with its text. */
  public record Status(Quarter quarter, InitiativeStatus status, String text, String by)
      implements Serializable {}

  /** A cost booked by hand. */
  public record Cost(long id, LocalDate date, Amount amount, String text) implements Serializable {}

  /** Effekthemtagning for one org: expected and realised, in kronor and hours. */
  public record Benefit(Org org, Amount expectedKr, BigDecimal expectedHours, Amount realisedKr,
      BigDecimal realisedHours) implements Serializable {
    /** Realised kronor in percent of expected; null when nothing was expected. */
    public BigDecimal realisedPercent() {
      return Percent.of(realisedKr.value(), expectedKr.value());
    }
  }

  /** The budget of the year, every financing. */
  public Amount budgetIn(int year) {
    return Amount.sum(budgets.stream().filter(b -> b.year() == year)
        .map(b -> b.amount().value()).toList());
  }

  /** The budget of the year per financing (every financing, zero where none). */
  public Map<Financing, Amount> budgetByFinancing(int year) {
    Map<Financing, Amount> out = new EnumMap<>(Financing.class);
    for (Financing f : Financing.values()) {
      out.put(f, Amount.sum(budgets.stream().filter(b -> b.year() == year && b.financing() == f)
          .map(b -> b.amount().value()).toList()));
    }
    return out;
  }

  /** The years the initiative has a budget in, oldest first. */
  public List<Integer> budgetYears() {
    return budgets.stream().map(Budget::year).distinct().sorted().toList();
  }

  /** The manual costs dated in the year. */
  public Amount manualIn(int year) {
    return Amount.sum(costs.stream().filter(c -> c.date().getYear() == year)
        .map(c -> c.amount().value()).toList());
  }

  /** Booked in the year: manual costs of the year + the billed development consumption. */
  public Amount bookedIn(int year) {
    return manualIn(year).plus(billed);
  }

  /** Budget of the year − booked; negative when overspent. */
  public Amount leftIn(int year) {
    return budgetIn(year).minus(bookedIn(year));
  }

  /** Booked in percent of the year's budget; null without a budget. */
  public BigDecimal usedPercent(int year) {
    return Percent.of(bookedIn(year).value(), budgetIn(year).value());
  }

  /** The status of the latest quarter reported, if any. */
  public Optional<Status> latestStatus() {
    return statuses.isEmpty() ? Optional.empty()
        : Optional.of(statuses.get(statuses.size() - 1));
  }

  /** The latest status, null when none is reported (for the pages). */
  public Status latest() {
    return latestStatus().orElse(null);
  }

  /** The status reported for the quarter, if any. */
  public Optional<Status> statusIn(Quarter q) {
    return statuses.stream().filter(s -> s.quarter().equals(q)).findFirst();
  }

  public Amount expectedKr() {
    return sum(Benefit::expectedKr);
  }

  public Amount realisedKr() {
    return sum(Benefit::realisedKr);
  }

  public BigDecimal expectedHours() {
    return hours(Benefit::expectedHours);
  }

  public BigDecimal realisedHours() {
    return hours(Benefit::realisedHours);
  }

  /** Realised kronor in percent of expected; null when nothing was expected. */
  public BigDecimal realisedPercent() {
    return Percent.of(realisedKr().value(), expectedKr().value());
  }

  /** The orgs' codes, comma separated. */
  public String orgCodes() {
    return String.join(", ", orgs.stream().map(Org::code).toList());
  }

  private Amount sum(Function<Benefit, Amount> f) {
    return Amount.sum(benefits.stream().map(b -> f.apply(b).value()).toList());
  }

  private BigDecimal hours(Function<Benefit, BigDecimal> f) {
    return benefits.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
