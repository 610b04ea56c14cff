package se.tjanstekatalog.testsupport;

import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may write which months of the one database the container tests share, so that the
 * classes run in any order and each alone (failsafe runs them in a random order; see the
 * README). TestMonthsTest reads every container test's source and fails when a class names a
 * month outside the demo year that is not its own here, or when two classes claim one month.
 *
 * <p><b>The demo year (2026)</b> is everybody's to read, and stays open (the container tests
 * start the portal with {@code TK_DEMO_CLOSED_MONTHS=false}). No class locks, reviews or
 * approves a demo month. A class that changes what other classes read puts it back: names
 * (OrganisationRegisterIT, StoredXssIT, SieExportIT), key values (OrganisationRegisterIT), the
 * model plan and the pools (PlanAndPoolsIT). What cannot be taken back stays, because the
 * import history and the review threads are append-only: imports into demo months
 * (ConsumptionImportIT, FeedApiIT, FocusImportIT, CostingIT, which replaces its own again), a
 * price from 2026-12 (CatalogueIT), a closed comment thread on 2026-02 (StoredXssIT) and the
 * company VAAB (OrganisationRegisterIT; no consumption, so no result lines). Such inputs mark
 * the demo months stale: classes read the stored figures and compare them with the database,
 * and a class that needs a month current first calls {@link DemoYear#current}. The demo's
 * Budgetunderlag 2027 v1 and årsberättelse 2026 texts are read too: BudgetunderlagIT removes
 * the versions and the volume it adds, AnnualReportIT puts the whole's text back.
 *
 * <p><b>Other months</b> belong to one class each ({@link #OWNED}): it imports, computes, locks
 * or plans there and nobody else touches them. Some classes rely on what the others leave
 * alone: {@link #NAMED_ONLY} months are named but never written (asked for as uncomputed, or
 * shown as a link); PlanAndPoolsIT needs every lock to be at or before its 2035-01 and nothing
 * computed after it; BudgetWhatIfIT needs no computed month locked between 2024-07 and 2026-06
 * (its default reference period); ComparisonIT needs no month computed after 2026.
 */
public final class TestMonths {
  /** The demo municipality's year: computed at start, shared, read by everyone. */
  public static final Year DEMO_YEAR = Year.of(2026);

  /** Months outside the demo year, by the one container-test class that writes into them. */
  public static final Map<String, Set<YearMonth>> OWNED = Map.ofEntries(
      Map.entry("LockedMonthGuardIT", months("2017-01..2017-12", "2037-06")),
      Map.entry("AdjustmentIT", months("2019-01..2019-12")),
      Map.entry("CostingIT", months("2020-01..2020-12")),
      Map.entry("PeriodWorkflowIT", months("2021-01..2021-12")),
      Map.entry("SieExportIT", months("2022-01..2022-12")),
      Map.entry("StatementIT", months("2023-01..2023-12")),
      Map.entry("ConsumptionImportIT", months("2024-11", "2025-02..2025-04", "2025-09",
          "2025-12")),
      Map.entry("FeedApiIT", months("2025-10")),
      Map.entry("CatalogueIT", months("2027-02..2027-12")),
      Map.entry("ConsumptionSumIT", months("2031-05..2031-06")),
      Map.entry("MonthSumsIT", months("2033-05")),
      Map.entry("StaleMonthIT", months("2024-03..2024-04")),
      Map.entry("NotificationIT", months("2016-01")),
      Map.entry("AuditLogIT", months("2016-02..2016-06")),
      Map.entry("WorkQueueIT", months("2015-01", "2018-01..2018-02")),
      Map.entry("FocusCurrencyIT", months("2018-05..2018-08")),
      Map.entry("PlanAndPoolsIT", months("2034-12..2035-12")),
      Map.entry("OrgRegisterWorkbookIT", months("2024-01..2024-02")),
      Map.entry("CatalogueWorkbookIT", months("2014-01..2014-12")),
      Map.entry("DevelopmentPlanIT", months("2018-09..2018-10")),
      Map.entry("DashboardIT", months("2024-05")));

  /** Months outside the demo year that classes name but nobody writes, and why. */
  public static final Map<YearMonth, String> NAMED_ONLY = Map.of(
      YearMonth.of(2025, 11), "StatementIT: a year before the demo November, not computed",
      YearMonth.of(2027, 1), "CatalogueIT's link to next year; an example in a message",
      YearMonth.of(2031, 1), "ComparisonIT, StatementIT: a month nobody computes (404)",
      YearMonth.of(2030, 1), "LoadIT: the catalogue of a month no held request reads (it reads"
          + " the catalogue of 2027-01 onwards, a month per held request; reads only)",
      YearMonth.of(2030, 2), "LoadIT: a service page of a month nobody read before (refused"
          + " while the pool is held; reads only)",
      YearMonth.of(2032, 1), "LoadIT: service pages of 2032-01 onwards, a month per page that"
          + " holds a place while the price lines are locked (reads only)");

  private TestMonths() {}

  /** The class that owns the month, if any (the demo year and named months have none). */
  public static Optional<String> owner(YearMonth month) {
    return OWNED.entrySet().stream().filter(e -> e.getValue().contains(month))
        .map(Map.Entry::getKey).findFirst();
  }

  /** Single months ("2025-10") and inclusive ranges ("2017-01..2017-12"). */
  static Set<YearMonth> months(String... specs) {
    Set<YearMonth> months = new TreeSet<>();
    Arrays.stream(specs).forEach(spec -> {
      String[] ends = spec.split("\\.\\.");
      YearMonth last = YearMonth.parse(ends[ends.length - 1]);
      for (YearMonth m = YearMonth.parse(ends[0]); !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
    });
    return Set.copyOf(months);
  }
}
