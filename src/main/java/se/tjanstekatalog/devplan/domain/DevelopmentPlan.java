package se.tjanstekatalog.devplan.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A year's utvecklingsplan as plain values and its totals: the initiatives' budgets of the
 * year against the decided frame (and the frame against what was requested), the costs booked
 * against the budget, the benefits expected against realised, and per quarter of the year how
 * many initiatives reported each status. Every sum is of amounts already in öre, so the totals
 * are exact and the rows add up to them.
 *
 * @param frame the frame the executive board decided (e.g. 7 000 000 kr)
 * @param requested what the förvaltningar asked for (e.g. 41 000 000 kr)
 * @param decision the plan's decision, e.g. "KS 2025-09-15 § 426"
 */
public record DevelopmentPlan(long id, int year, Amount frame, Amount requested,
    String decision, List<Initiative> initiatives) implements Serializable {

  public DevelopmentPlan {
    initiatives = List.copyOf(initiatives);
  }

  /** The initiatives' budgets of the plan year. */
  public Amount budget() {
    return sum(i -> i.budgetIn(year));
  }

  /** The frame − the budget: positive what is not yet planned, negative over the frame. */
  public Amount frameLeft() {
    return frame.minus(budget());
  }

  /** Whether the initiatives' budgets exceed the frame. */
  public boolean overFrame() {
    return frameLeft().isNegative();
  }

  /** The budget in percent of the frame. */
  public BigDecimal budgetPercentOfFrame() {
    return Percent.of(budget().value(), frame.value());
  }

  /** The frame in percent of what was requested. */
  public BigDecimal framePercentOfRequested() {
    return Percent.of(frame.value(), requested.value());
  }

  /** The plan year's budget per financing (every financing, zero where none). */
  public Map<Financing, Amount> budgetByFinancing() {
    Map<Financing, Amount> out = new EnumMap<>(Financing.class);
    for (Financing f : Financing.values()) {
      out.put(f, sum(i -> i.budgetByFinancing(year).get(f)));
    }
    return out;
  }

  public Amount manual() {
    return sum(i -> i.manualIn(year));
  }

  public Amount billed() {
    return sum(Initiative::billed);
  }

  /** Booked in the plan year: manual + billed. */
  public Amount booked() {
    return sum(i -> i.bookedIn(year));
  }

  /** Budget − booked. */
  public Amount left() {
    return budget().minus(booked());
  }

  public BigDecimal usedPercent() {
    return Percent.of(booked().value(), budget().value());
  }

  public Amount expectedKr() {
    return sum(Initiative::expectedKr);
  }

  public Amount realisedKr() {
    return sum(Initiative::realisedKr);
  }

  public BigDecimal expectedHours() {
    return initiatives.stream().map(Initiative::expectedHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal realisedHours() {
    return initiatives.stream().map(Initiative::realisedHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal realisedPercent() {
    return Percent.of(realisedKr().value(), expectedKr().value());
  }

  /** The four quarters of the plan year, each with every initiative's status in it. */
  public List<QuarterFollowUp> followUp() {
    List<QuarterFollowUp> out = new ArrayList<>();
    for (Quarter q : Quarter.of(year)) {
      List<QuarterFollowUp.Row> rows = new ArrayList<>();
      Map<InitiativeStatus, Integer> counts = new EnumMap<>(InitiativeStatus.class);
      for (InitiativeStatus s : InitiativeStatus.values()) {
        counts.put(s, 0);
      }
      int missing = 0;
      for (Initiative i : initiatives) {
        Initiative.Status s = i.statusIn(q).orElse(null);
        rows.add(new QuarterFollowUp.Row(i, s));
        if (s == null) {
          missing++;
        } else {
          counts.merge(s.status(), 1, Integer::sum);
        }
      }
      out.add(new QuarterFollowUp(q, rows, counts, missing));
    }
    return out;
  }

  /** One quarter: each initiative's status (null: not reported), the counts per status. */
  public record QuarterFollowUp(Quarter quarter, List<Row> rows,
      Map<InitiativeStatus, Integer> counts, int notReported) {
    public QuarterFollowUp {
      rows = List.copyOf(rows);
      counts = Map.copyOf(counts);
    }

    /** Whether any initiative reported a status in the quarter. */
    public boolean reported() {
      return notReported < rows.size();
    }

    public int count(InitiativeStatus s) {
      return counts.getOrDefault(s, 0);
    }

    public record Row(Initiative initiative, Initiative.Status status) {}
  }

  private Amount sum(Function<Initiative, Amount> f) {
    return Amount.sum(initiatives.stream().map(i -> f.apply(i).value()).toList());
  }
}
