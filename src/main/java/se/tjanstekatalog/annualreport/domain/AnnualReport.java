package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A year's årsberättelse, plain values: per service area its volumes against the previous
 * year, catalogue changes, price changes, decided proposals, cost under both models and the
 * binding one, the pools' recovery rates and the IT organisation's text; for the whole the
 * same costs summed, nyckeltal per org with the groups' medians, the model plan's switches and
 * the budgetväxling. A year still in progress covers the computed months so far
 * ({@link #preliminary()}), and the previous year is compared over the same months.
 *
 * <p>The utvecklingsplan's follow-up (issue 18 part 3) comes after the whole's sections
 * ({@link #DEVELOPMENT_PLAN_SECTION}): the year's plan with its totals against the frame, each
 * initiative's budget, booked cost, latest status and benefits; null when the year has none.
 *
 * @param months the computed months of the year the figures cover, oldest first
 * @param preliminary whether the year is in progress (fewer than twelve locked months)
 * @param developmentPlan the year's utvecklingsplan, null when there is none
 */
public record AnnualReport(int year, List<YearMonth> months, boolean preliminary,
    List<AreaSection> areas, Whole whole, DevelopmentPlan developmentPlan) implements Serializable {
  /** The utvecklingsplan's follow-up: its section's name (JSON member, after the whole). */
  public static final String DEVELOPMENT_PLAN_SECTION = "developmentPlan";

  /** A report without an utvecklingsplan. */
  public AnnualReport(int year, List<YearMonth> months, boolean preliminary,
      List<AreaSection> areas, Whole whole) {
    this(year, months, preliminary, areas, whole, null);
  }

  public AnnualReport {
    months = List.copyOf(months);
    areas = List.copyOf(areas);
    Objects.requireNonNull(whole, "whole");
  }

  /** The last month covered, null when the year has no computed month. */
  public YearMonth through() {
    return months.isEmpty() ? null : months.get(months.size() - 1);
  }

  public boolean empty() {
    return months.isEmpty();
  }

  /** One service area's sections. */
  public record AreaSection(long areaId, String code, String name, List<VolumeChange> volumes,
      List<CatalogueChange> catalogueChanges, List<PriceChange> priceChanges,
      List<DecidedProposal> proposals, ModelCosts costs, List<PoolRecovery> pools, Text text)
      implements Serializable {
    public AreaSection {
      volumes = List.copyOf(volumes);
      catalogueChanges = List.copyOf(catalogueChanges);
      priceChanges = List.copyOf(priceChanges);
      proposals = List.copyOf(proposals);
      pools = List.copyOf(pools);
      Objects.requireNonNull(costs, "costs");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The whole: costs summed over the areas, each pool's recovery over the months, nyckeltal,
   * switches, budgetväxling, text.
   */
  public record Whole(ModelCosts costs, ModelCosts previousCosts, List<PoolRecovery> pools,
      KeyFigures keyFigures, List<PlanSwitch> switches, List<TransferMade> transfers,
      Text text) implements Serializable {
    public Whole {
      pools = List.copyOf(pools);
      Objects.requireNonNull(costs, "costs");
      Objects.requireNonNull(previousCosts, "previousCosts");
      Objects.requireNonNull(keyFigures, "keyFigures");
      switches = List.copyOf(switches);
      transfers = List.copyOf(transfers);
      Objects.requireNonNull(text, "text");
    }

    /** The binding cost's change against the same months of the previous year, in percent. */
    public BigDecimal bindingChangePercent() {
      return previousCosts.binding().isZero() ? null
          : Percent.change(previousCosts.binding().value(), costs.binding().value());
    }
  }

  /**
   * The IT organisation's text for an area or the whole: events, efficiencies, what comes next
   * (each empty when not written).
   */
  public record Text(String events, String efficiencies, String nextSteps) implements Serializable {
    public static final Text NONE = new Text("", "", "");

    public Text {
      events = events == null ? "" : events;
      efficiencies = efficiencies == null ? "" : efficiencies;
      nextSteps = nextSteps == null ? "" : nextSteps;
    }

    public boolean blank() {
      return events.isBlank() && efficiencies.isBlank() && nextSteps.isBlank();
    }
  }

  /** A model plan entry that takes effect in the year: from {@code from}, {@code model} binds. */
  public record PlanSwitch(String areaName, YearMonth from, String model, String note)
      implements Serializable {}

  /**
   * The budgetväxling for an area that switched to solidarisk fördelning in the year: the
   * budget moved from the orgs to IT over the reference months (the costing's proposal).
   */
  public record TransferMade(String areaName, YearMonth switchMonth, YearMonth referenceFrom,
      YearMonth referenceTo, Amount transferred, Amount poolCost) implements Serializable {}

  /** A decided förändringsförslag effective in the year. */
  public record DecidedProposal(String kind, String title, YearMonth effective,
      String decidedBy) implements Serializable {}

  /** A service or level added or retired in the year. */
  public record CatalogueChange(Kind kind, String serviceCode, String serviceName,
      String levelName, YearMonth month) implements Serializable {
    public enum Kind { SERVICE_ADDED, SERVICE_RETIRED, LEVEL_ADDED, LEVEL_RETIRED }
  }
}
