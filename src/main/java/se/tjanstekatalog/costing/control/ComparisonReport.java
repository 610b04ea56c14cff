package se.tjanstekatalog.costing.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.tjanstekatalog.costing.control.ResultQueries.Area;
import se.tjanstekatalog.costing.control.ResultQueries.MonthTotals;
import se.tjanstekatalog.costing.control.ResultQueries.OrgComparison;
import se.tjanstekatalog.costing.control.ResultQueries.Totals;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The comparison of both models over a range of months, as the comparison page and its Excel
 * export show it: one row per org by name (all service areas, or the one chosen), the sum,
 * and month by month the totals with the model that was binding (from the stored lines, so a
 * reader sees the switch in the month it happened). Plain Java, built from {@link ResultQueries}.
 */
public record ComparisonReport(YearMonth from, YearMonth to, Area area, List<OrgRow> orgs,
    Totals total, List<MonthRow> months) implements Serializable {

  public ComparisonReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    orgs = List.copyOf(orgs);
    months = List.copyOf(months);
  }

  /** One org's figures; flat accessors so a table can sort on them. */
  public record OrgRow(long orgId, String code, String name, boolean company, Totals totals)
      implements Serializable {
    public Amount binding() {
      return totals.binding();
    }

    public Amount shadow() {
      return totals.shadow();
    }

    public Amount difference() {
      return totals.difference();
    }

    /** Null when the shadow total is 0 (no percentage of nothing). */
    public BigDecimal differencePercent() {
      return totals.differencePercent();
    }

    public Amount chargeback() {
      return totals.chargeback();
    }

    public Amount allocation() {
      return totals.allocation();
    }
  }

  /**
   * One month: totals, and which model was binding in each area that has lines that month
   * (only the chosen area when the report is for one).
   */
  public record MonthRow(YearMonth period, Totals totals, Map<String, FinancingModel> bindingByArea)
      implements Serializable {
    public MonthRow {
      bindingByArea = Map.copyOf(bindingByArea);
    }

    /**
     * The binding model when every area of the month has the same one; null when the areas
     * differ or there are no lines.
     */
    public FinancingModel binding() {
      List<FinancingModel> models = bindingByArea.values().stream().distinct().toList();
      return models.size() == 1 ? models.get(0) : null;
    }

    /**
     * The binding model in words: one model, or the model most areas follow and the areas that
     * follow the other, e.g. "Internfakturering; Solidarisk fördelning för Arbetsplats".
     */
    public String bindingLabel() {
      if (bindingByArea.isEmpty()) {
        return "–";
      }
      FinancingModel single = binding();
      if (single != null) {
        return Messages.sv(single.messageKey());
      }
      Map<FinancingModel, List<String>> areas = new EnumMap<>(FinancingModel.class);
      bindingByArea.forEach((area, model) ->
          areas.computeIfAbsent(model, m -> new ArrayList<>()).add(area));
      FinancingModel most = areas.get(FinancingModel.CHARGEBACK).size()
          >= areas.get(FinancingModel.ALLOCATION).size()
          ? FinancingModel.CHARGEBACK : FinancingModel.ALLOCATION;
      FinancingModel other = most.other();
      return Messages.sv("comparison.binding.mixed", Messages.sv(most.messageKey()),
          Messages.sv(other.messageKey()),
          areas.get(other).stream().sorted().collect(Collectors.joining(", ")));
    }
  }

  /**
   * Builds the report: the orgs' totals restricted to {@code area} (all areas when null), their
   * sum, and the months with their binding models.
   *
   * @param areas every service area, to name the areas in {@code bindingModels}
   * @param bindingModels per month and area id, the model of the stored binding lines
   */
  public static ComparisonReport of(YearMonth from, YearMonth to, Area area, List<Area> areas,
      List<OrgComparison> comparison, List<MonthTotals> trend,
      Map<YearMonth, Map<Long, FinancingModel>> bindingModels) {
    List<OrgRow> orgs = comparison.stream()
        .map(o -> new OrgRow(o.orgId(), o.code(), o.name(), o.company(), area == null
            ? o.totals() : o.perArea().getOrDefault(area.id(), Totals.ZERO)))
        .sorted(Comparator.comparing(OrgRow::name, Collator.getInstance(SwedishFormat.SWEDISH))
            .thenComparing(OrgRow::code))
        .toList();
    Totals total = orgs.stream().map(OrgRow::totals).reduce(Totals.ZERO, Totals::plus);
    Map<Long, String> areaNames = areas.stream()
        .collect(Collectors.toMap(Area::id, Area::name, (a, b) -> a));
    Map<YearMonth, Totals> byMonth = trend.stream()
        .collect(Collectors.toMap(MonthTotals::period, MonthTotals::totals, Totals::plus));
    List<MonthRow> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      Map<Long, FinancingModel> models = bindingModels.getOrDefault(m, Map.of());
      Map<String, FinancingModel> named = models.entrySet().stream()
          .filter(e -> area == null || e.getKey() == area.id())
          .collect(Collectors.toMap(e -> areaNames.getOrDefault(e.getKey(), "#" + e.getKey()),
              Map.Entry::getValue, (a, b) -> a));
      months.add(new MonthRow(m, byMonth.getOrDefault(m, Totals.ZERO), named));
    }
    return new ComparisonReport(from, to, area, orgs, total, months);
  }

  /** The org's row, if it has results in the range. */
  public OrgRow org(String code) {
    return orgs.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
  }
}
