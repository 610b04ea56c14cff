package se.tjanstekatalog.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Ekonomichefsgruppens översikt: every org's IT cost under both models for a year or one month
 * of it, per employee and per MSEK turnover (see {@link CostTally} for the ratios), grouped into
 * förvaltningar and bolag with each group's median and average and each org's deviation from its
 * group's median, and month by month for one org or all. Plain Java, built from stored results.
 *
 * @param month the month the org table is for; null for the whole year
 * @param months the computed months of the year with their state
 */
public record CostDashboard(int year, YearMonth month, List<MonthState> months,
    List<KindGroup> groups, CostTally total, List<OrgMonthCost> rows) implements Serializable {

  public CostDashboard {
    months = List.copyOf(months);
    groups = List.copyOf(groups);
    rows = List.copyOf(rows);
  }

  /** An org as the dashboard names it; {@code company} for a bolag. */
  public record OrgInfo(long id, String code, String name, boolean company)
      implements Serializable {}

  /** A computed month: its workflow state and whether inputs changed after computing. */
  public record MonthState(YearMonth period, String status, boolean stale)
      implements Serializable {}

  /** The group's median and average of each ratio. */
  public record KindStats(RatioStats chargebackPerEmployee, RatioStats chargebackPerMsek,
      RatioStats allocationPerEmployee, RatioStats allocationPerMsek,
      RatioStats bindingPerEmployee, RatioStats bindingPerMsek) implements Serializable {

    static KindStats of(List<CostTally> tallies) {
      return new KindStats(
          stats(tallies, t -> t.chargebackFigure().perEmployee()),
          stats(tallies, t -> t.chargebackFigure().perMsek()),
          stats(tallies, t -> t.allocationFigure().perEmployee()),
          stats(tallies, t -> t.allocationFigure().perMsek()),
          stats(tallies, t -> t.bindingFigure().perEmployee()),
          stats(tallies, t -> t.bindingFigure().perMsek()));
    }

    private static RatioStats stats(List<CostTally> tallies,
        Function<CostTally, Amount> ratio) {
      return RatioStats.of(tallies.stream().map(ratio).toList());
    }
  }

  /** One org's row: its figures and how far they lie from its group's median (percent). */
  public record OrgRow(OrgInfo org, CostTally tally, KindStats kind) implements Serializable {
    public KeyFigure chargeback() {
      return tally.chargebackFigure();
    }

    public KeyFigure allocation() {
      return tally.allocationFigure();
    }

    public KeyFigure binding() {
      return tally.bindingFigure();
    }

    public BigDecimal chargebackPerEmployeeDeviation() {
      return kind.chargebackPerEmployee().deviationPercent(chargeback().perEmployee());
    }

    public BigDecimal chargebackPerMsekDeviation() {
      return kind.chargebackPerMsek().deviationPercent(chargeback().perMsek());
    }

    public BigDecimal allocationPerEmployeeDeviation() {
      return kind.allocationPerEmployee().deviationPercent(allocation().perEmployee());
    }

    public BigDecimal allocationPerMsekDeviation() {
      return kind.allocationPerMsek().deviationPercent(allocation().perMsek());
    }

    public BigDecimal bindingPerEmployeeDeviation() {
      return kind.bindingPerEmployee().deviationPercent(binding().perEmployee());
    }

    public BigDecimal bindingPerMsekDeviation() {
      return kind.bindingPerMsek().deviationPercent(binding().perMsek());
    }
  }

  /** Förvaltningar or bolag: their rows by name, their sum and their medians and averages. */
  public record KindGroup(boolean company, List<OrgRow> orgs, CostTally total, KindStats stats)
      implements Serializable {
    public KindGroup {
      orgs = List.copyOf(orgs);
    }

    public String messageKey() {
      return company ? "dashboard.group.COMPANY" : "dashboard.group.ADMINISTRATION";
    }
  }

  /** One month of the trend. */
  public record MonthRow(YearMonth period, CostTally tally) implements Serializable {
    public boolean computed() {
      return !tally.isEmpty();
    }
  }

  /**
   * Builds the dashboard.
   *
   * @param orgs the orgs to show; an org without any result in the chosen months is left out
   * @param rows the org-months of the year (other years are ignored)
   * @param month one month of the year, or null for the whole year
   */
  public static CostDashboard of(int year, YearMonth month, List<MonthState> months,
      List<OrgInfo> orgs, List<OrgMonthCost> rows) {
    if (month != null && month.getYear() != year) {
      throw new IllegalArgumentException(month + " is not in " + year);
    }
    List<OrgMonthCost> ofYear = rows.stream().filter(r -> r.period().getYear() == year)
        .toList();
    List<OrgMonthCost> chosen = ofYear.stream()
        .filter(r -> month == null || month.equals(r.period())).toList();
    Map<Long, CostTally> byOrg = new LinkedHashMap<>();
    for (OrgMonthCost r : chosen) {
      byOrg.compute(r.orgId(), (id, t) -> (t == null ? CostTally.EMPTY : t).plus(r));
    }
    Comparator<OrgInfo> byName = Comparator.comparing(OrgInfo::name,
        Collator.getInstance(SwedishFormat.SWEDISH)).thenComparing(OrgInfo::code);
    List<KindGroup> groups = new ArrayList<>();
    Set<Long> shown = new HashSet<>();
    for (boolean company : new boolean[] {false, true}) {
      List<OrgInfo> members = orgs.stream().filter(o -> o.company() == company)
          .filter(o -> byOrg.containsKey(o.id())).sorted(byName).toList();
      if (members.isEmpty()) {
        continue;
      }
      Set<Long> ids = members.stream().map(OrgInfo::id).collect(Collectors.toSet());
      shown.addAll(ids);
      KindStats stats = KindStats.of(members.stream().map(o -> byOrg.get(o.id())).toList());
      List<OrgRow> orgRows = members.stream()
          .map(o -> new OrgRow(o, byOrg.get(o.id()), stats)).toList();
      CostTally groupTotal = CostTally.of(chosen.stream()
          .filter(r -> ids.contains(r.orgId())).toList());
      groups.add(new KindGroup(company, orgRows, groupTotal, stats));
    }
    CostTally total = CostTally.of(chosen.stream().filter(r -> shown.contains(r.orgId()))
        .toList());
    return new CostDashboard(year, month, months, groups, total, ofYear);
  }

  /** Every org row of both groups. */
  public List<OrgRow> orgRows() {
    return groups.stream().flatMap(g -> g.orgs().stream()).toList();
  }

  /** The row of the org with this code, or null. */
  public OrgRow org(String code) {
    return orgRows().stream().filter(o -> o.org().code().equals(code)).findFirst()
        .orElse(null);
  }

  /** The twelve months of the year for one org, or for every org when null. */
  public List<MonthRow> trend(Long orgId) {
    List<MonthRow> trend = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth period = YearMonth.of(year, m);
      CostTally t = CostTally.EMPTY;
      for (OrgMonthCost r : rows) {
        if (r.period().equals(period)
            && (orgId == null || orgId == r.orgId())) {
          t = t.plus(r);
        }
      }
      trend.add(new MonthRow(period, t));
    }
    return trend;
  }

  /** The state of a computed month, or null when the month is not computed. */
  public MonthState state(YearMonth period) {
    return months.stream().filter(s -> s.period().equals(period)).findFirst().orElse(null);
  }

  /** Whether any org-month in the table lacks a headcount or a turnover. */
  public boolean keyValuesMissing() {
    return total.headcountMissing() || total.turnoverMissing();
  }
}
