package se.tjanstekatalog.annualreport.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.AnnualReport.CatalogueChange;
import se.tjanstekatalog.annualreport.domain.AnnualReport.DecidedProposal;
import se.tjanstekatalog.annualreport.domain.AnnualReport.PlanSwitch;
import se.tjanstekatalog.annualreport.domain.AnnualReport.Text;
import se.tjanstekatalog.annualreport.domain.AnnualReport.TransferMade;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.annualreport.domain.ModelCosts;
import se.tjanstekatalog.annualreport.domain.PoolRecovery;
import se.tjanstekatalog.annualreport.domain.PriceChange;
import se.tjanstekatalog.annualreport.domain.VolumeChange;
import se.tjanstekatalog.annualreport.entity.AnnualText;
import se.tjanstekatalog.annualreport.entity.AnnualTexts;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.control.ProposalService;
import se.tjanstekatalog.catalogue.entity.ChangeProposal;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.ProposalStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.costing.control.BudgetService;
import se.tjanstekatalog.costing.control.ModelPlanService;
import se.tjanstekatalog.costing.control.PlanPeriods;
import se.tjanstekatalog.costing.domain.BudgetTransfer;
import se.tjanstekatalog.dashboard.control.DashboardService;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * Builds a year's {@link AnnualReport} from the owners of its figures, and keeps the IT
 * organisation's text. Nothing here sums the ledger's tables itself: the costs per area and
 * model, volumes and pools come from {@link LedgerReads}, the nyckeltal and the months from the
 * dashboard ({@link DashboardService}), the catalogue's changes from {@link CatalogueService},
 * {@link PriceBook} and {@link ProposalService}, the switches and the budgetväxling from
 * costing ({@link ModelPlanService}, {@link BudgetService}), the utvecklingsplan from devplan
 * ({@link DevelopmentPlanService#read}). Totals per org and area only, so
 * the dashboard's readers (IT_CONTROLLER, ORG_FINANCE, ADMIN) read it; only IT_CONTROLLER
 * writes the text, audited.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
public class AnnualReportService {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  /** The longest text of one field (the column holds 64 kB of UTF-8). */
  static final int MAX_TEXT = 20_000;

  @Inject @TenantDatabase DataSource dataSource;
  @Inject DashboardService dashboard;
  @Inject LedgerTotals totals;
  @Inject CatalogueService catalogue;
  @Inject ProposalService proposals;
  @Inject ModelPlanService plan;
  @Inject BudgetService budget;
  @Inject AnnualTexts texts;
  @Inject AuditLog auditLog;
  @Inject CurrentCaller caller;
  @Resource SessionContext context;

  Clock clock = Clock.systemUTC();

  /** The latest year with a computed month, else this year. */
  public int defaultYear() {
    Integer latest = dashboard.latestYear();
    return latest == null ? YearMonth.now(clock).getYear() : latest;
  }

  /**
   * The year's report.
   *
   * @throws RuleViolationException for a year outside 2000–2100
   */
  public AnnualReport report(int year) {
    checkYear(year);
    CostDashboard costs = dashboard.dashboard(year, null).costs();
    List<YearMonth> months = costs.months().stream().map(CostDashboard.MonthState::period)
        .sorted().toList();
    boolean preliminary = months.size() < 12
        || costs.months().stream().anyMatch(m -> !"LOCKED".equals(m.status()));
    Map<Long, Text> textByArea = new HashMap<>();
    texts.ofYear(year).forEach(t -> textByArea.put(t.getAreaId(),
        new Text(t.getEvents(), t.getEfficiencies(), t.getNextSteps())));
    List<ServiceArea> areas = catalogue.areas().stream()
        .sorted(Comparator.comparingInt(ServiceArea::getSortOrder)
            .thenComparing(ServiceArea::getName))
        .toList();
    YearMonth from = YearMonth.of(year, 1);
    YearMonth to = months.isEmpty() ? from : months.get(months.size() - 1);
    List<Service> services = catalogue.services();
    try (Connection c = dataSource.getConnection()) {
      Map<Long, ModelCosts> costByArea = months.isEmpty() ? Map.of() : costs(c, from, to);
      Map<Long, ModelCosts> previousByArea =
          months.isEmpty() ? Map.of() : costs(c, from.minusYears(1), to.minusYears(1));
      Map<String, List<VolumeChange.Volume>> volumes = months.isEmpty() ? Map.of()
          : volumes(c, from, to);
      Map<String, List<VolumeChange.Volume>> previousVolumes = months.isEmpty() ? Map.of()
          : volumes(c, from.minusYears(1), to.minusYears(1));
      Map<Long, List<PriceChange>> prices = months.isEmpty() ? Map.of()
          : priceChanges(c, services, from.minusMonths(1), to);
      Map<Long, List<CatalogueChange>> changes = catalogueChanges(services, from, to);
      Map<Long, List<DecidedProposal>> decided = decidedProposals(year);
      List<AreaSection> sections = new ArrayList<>();
      ModelCosts total = ModelCosts.ZERO;
      ModelCosts previousTotal = ModelCosts.ZERO;
      for (ServiceArea a : areas) {
        ModelCosts areaCosts = costByArea.getOrDefault(a.getId(), ModelCosts.ZERO);
        total = total.plus(areaCosts);
        previousTotal = previousTotal.plus(previousByArea.getOrDefault(a.getId(),
            ModelCosts.ZERO));
        List<PoolRecovery> pools = new ArrayList<>();
        if (!months.isEmpty()) {
          LedgerReads.PoolTotals p = LedgerReads.poolTotals(c, a.getId(), from, to);
          if (!p.cost().isZero() || !p.revenue().isZero()) {
            pools.add(new PoolRecovery(a.getCode(), a.getName(), p.cost(), p.revenue()));
          }
        }
        sections.add(new AreaSection(a.getId(), a.getCode(), a.getName(),
            VolumeChange.compare(volumes.getOrDefault(a.getName(), List.of()),
                previousVolumes.getOrDefault(a.getName(), List.of())),
            changes.getOrDefault(a.getId(), List.of()), prices.getOrDefault(a.getId(), List.of()),
            decided.getOrDefault(a.getId(), List.of()), areaCosts, pools,
            textByArea.getOrDefault(a.getId(), Text.NONE)));
      }
      AnnualReport.Whole whole = new AnnualReport.Whole(total, previousTotal, pools(c, months),
          keyFigures(costs), switches(year), transfers(year),
          textByArea.getOrDefault(AnnualText.WHOLE, Text.NONE));
      return new AnnualReport(year, months, preliminary, sections, whole,
          DevelopmentPlanService.read(c, year).orElse(null));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the annual report of " + year, e);
    }
  }

  /** What the text form sends for one area (or the whole: {@link AnnualText#WHOLE}). */
  public record TextInput(int year, long areaId, String events, String efficiencies,
      String nextSteps, Long version) {}

  /**
   * Saves the IT organisation's text of an area or the whole for the year, audited.
   *
   * @throws RuleViolationException for a year outside 2000–2100 or a text too long
   * @throws ConflictException when someone saved the same text since it was read
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void saveText(TextInput in) {
    checkYear(in.year());
    List<Violation> problems = new ArrayList<>();
    checkLength(problems, "events", in.events());
    checkLength(problems, "efficiencies", in.efficiencies());
    checkLength(problems, "nextSteps", in.nextSteps());
    RuleViolationException.throwIfAny(problems);
    String areaName = areaName(in.areaId());
    AnnualText text = texts.ofYear(in.year()).stream()
        .filter(t -> t.getAreaId() == in.areaId()).findFirst().orElse(null);
    if (text == null) {
      text = new AnnualText(in.year(), in.areaId());
      texts.persist(text);
    } else if (in.version() != null && in.version() != text.getVersion()) {
      throw new ConflictException(new OptimisticLockException(), "annual.error.conflict",
          areaName, in.year());
    }
    text.write(trim(in.events()), trim(in.efficiencies()), trim(in.nextSteps()),
        caller.name(), clock.instant());
    try {
      texts.flush();
    } catch (PersistenceException e) {
      context.setRollbackOnly();
      throw new ConflictException(e, "annual.error.conflict", areaName, in.year());
    }
    auditLog.record(AuditKind.ANNUAL_REPORT, "årsberättelse " + in.year() + ", " + areaName,
        "Årsberättelsens text för " + areaName + " " + in.year() + " sparad");
  }

  /** The version of each saved text of the year, by area id (0: the whole). */
  public Map<Long, Long> textVersions(int year) {
    Map<Long, Long> out = new HashMap<>();
    texts.ofYear(year).forEach(t -> out.put(t.getAreaId(), t.getVersion()));
    return out;
  }

  private String areaName(long areaId) {
    if (areaId == AnnualText.WHOLE) {
      return "hela";
    }
    return catalogue.areas().stream().filter(a -> a.getId() == areaId).map(ServiceArea::getName)
        .findFirst().orElseThrow(() -> new RuleViolationException(
            new Violation("area", "annual.error.area", areaId)));
  }

  private static String trim(String text) {
    return text == null ? "" : text.strip();
  }

  private static void checkLength(List<Violation> problems, String field, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      problems.add(new Violation(field, "annual.error.tooLong", MAX_TEXT));
    }
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolationException(new Violation("year", "annual.error.year",
          String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
  }

  /** Per area: each model's lines summed, and the binding ones. */
  private Map<Long, ModelCosts> costs(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, ModelCosts> out = new HashMap<>();
    for (LedgerReads.OrgAreaTotal t : totals.orgAreaTotals(c, from, to)) {
      Amount a = t.amount();
      ModelCosts add = new ModelCosts(
          t.model() == FinancingModel.CHARGEBACK ? a : Amount.ZERO,
          t.model() == FinancingModel.ALLOCATION ? a : Amount.ZERO,
          t.binding() ? a : Amount.ZERO);
      out.merge(t.areaId(), add, ModelCosts::plus);
    }
    return out;
  }

  /** Each pool's stored months summed (cost and internfakturering revenue), by code. */
  private static List<PoolRecovery> pools(Connection c, List<YearMonth> months)
      throws SQLException {
    Map<String, PoolRecovery> out = new java.util.TreeMap<>();
    for (YearMonth m : months) {
      for (LedgerReads.PoolResult p : LedgerReads.pools(c, m)) {
        out.merge(p.code(), new PoolRecovery(p.code(), p.name(), p.cost(), p.revenue()),
            (a, b) -> a.plus(b.cost(), b.revenue()));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Per area name, each service's months of volume (the dashboard's volume rows). */
  private Map<String, List<VolumeChange.Volume>> volumes(Connection c, YearMonth from,
      YearMonth to) throws SQLException {
    Map<String, List<VolumeChange.Volume>> out = new LinkedHashMap<>();
    for (LedgerReads.ServiceMonthTotal t : totals.serviceMonthTotals(c, from, to)) {
      out.computeIfAbsent(t.areaName(), a -> new ArrayList<>()).add(new VolumeChange.Volume(
          t.code(), t.name(), t.unit(), t.quantity(), t.amount()));
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(VolumeChange.Volume::serviceName)));
    return out;
  }

  /**
   * Per area, each level whose published charged price in force moved during the year: the
   * price before is the previous December's, or where no list covered it (a first price list)
   * January's; the price after is the last month covered's. A level first priced after
   * January shows as a new price.
   */
  private static Map<Long, List<PriceChange>> priceChanges(Connection c, List<Service> services,
      YearMonth before, YearMonth after) throws SQLException {
    Map<Long, PriceBook.Price> was = new HashMap<>(
        PriceBook.pricesIn(c, before.plusMonths(1), PriceBook.Scope.PUBLISHED));
    was.putAll(PriceBook.pricesIn(c, before, PriceBook.Scope.PUBLISHED));
    Map<Long, PriceBook.Price> is = PriceBook.pricesIn(c, after, PriceBook.Scope.PUBLISHED);
    Map<Long, List<PriceChange>> out = new HashMap<>();
    for (Service s : sorted(services)) {
      for (ServiceLevel l : s.getLevels()) {
        PriceBook.Price p0 = was.get(l.getId());
        PriceBook.Price p1 = is.get(l.getId());
        PriceChange change = new PriceChange(s.getCode(), s.getName(), l.getName(),
            p0 == null ? null : p0.chargedPrice(), p1 == null ? null : p1.chargedPrice());
        if (change.changed()) {
          out.computeIfAbsent(s.getArea().getId(), a -> new ArrayList<>()).add(change);
        }
      }
    }
    return out;
  }

  /** Per area, services and levels first offered or last offered within the report's months. */
  private static Map<Long, List<CatalogueChange>> catalogueChanges(List<Service> services,
      YearMonth from, YearMonth to) {
    Map<Long, List<CatalogueChange>> out = new HashMap<>();
    for (Service s : sorted(services)) {
      List<CatalogueChange> list = out.computeIfAbsent(s.getArea().getId(),
          a -> new ArrayList<>());
      Optional<YearMonth> first = s.getLevels().stream().map(ServiceLevel::getActiveFrom)
          .min(Comparator.naturalOrder());
      boolean added = first.isPresent() && within(first.get(), from, to);
      if (added) {
        list.add(new CatalogueChange(CatalogueChange.Kind.SERVICE_ADDED, s.getCode(),
            s.getName(), null, first.get()));
      }
      boolean allEnded = !s.getLevels().isEmpty()
          && s.getLevels().stream().allMatch(l -> l.getActiveTo() != null);
      Optional<YearMonth> last = s.getLevels().stream().map(ServiceLevel::getActiveTo)
          .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
      boolean retired = allEnded && last.isPresent() && within(last.get(), from, to)
          || s.getLifecycle() == Lifecycle.RETIRED && last.isPresent()
          && within(last.get(), from, to);
      if (retired) {
        list.add(new CatalogueChange(CatalogueChange.Kind.SERVICE_RETIRED, s.getCode(),
            s.getName(), null, last.get()));
      }
      for (ServiceLevel l : s.getLevels()) {
        if (!added && within(l.getActiveFrom(), from, to)) {
          list.add(new CatalogueChange(CatalogueChange.Kind.LEVEL_ADDED, s.getCode(),
              s.getName(), l.getName(), l.getActiveFrom()));
        }
        if (!retired && l.getActiveTo() != null && within(l.getActiveTo(), from, to)) {
          list.add(new CatalogueChange(CatalogueChange.Kind.LEVEL_RETIRED, s.getCode(),
              s.getName(), l.getName(), l.getActiveTo()));
        }
      }
    }
    return out;
  }

  private static boolean within(YearMonth m, YearMonth from, YearMonth to) {
    return !m.isBefore(from) && !m.isAfter(to.withMonth(12));
  }

  private static List<Service> sorted(List<Service> services) {
    return services.stream().sorted(Comparator.comparing(Service::getName)).toList();
  }

  /** Per area, the proposals decided with effect in the year. */
  private Map<Long, List<DecidedProposal>> decidedProposals(int year) {
    Map<Long, List<DecidedProposal>> out = new HashMap<>();
    for (ChangeProposal p : proposals.all()) {
      if (p.getStatus() != ProposalStatus.DECIDED || p.getEffectiveMonth().getYear() != year) {
        continue;
      }
      ServiceArea area = p.getService() != null ? p.getService().getArea() : p.getNewArea();
      if (area == null) {
        continue;
      }
      out.computeIfAbsent(area.getId(), a -> new ArrayList<>()).add(new DecidedProposal(
          p.getKind().name(), p.getTitle(), p.getEffectiveMonth(), p.getDecidedBy()));
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(DecidedProposal::effective)));
    return out;
  }

  /** The model plan's entries that take effect in the year, by month. */
  private List<PlanSwitch> switches(int year) {
    ModelPlanService.PlanView view = plan.view();
    Map<Long, String> names = new HashMap<>();
    view.areas().forEach(a -> names.put(a.id(), a.name()));
    return view.entries().stream().filter(e -> e.from().getYear() == year)
        .sorted(Comparator.comparing(PlanPeriods.Entry::from))
        .map(e -> new PlanSwitch(names.getOrDefault(e.areaId(), "?"), e.from(),
            e.model().name(), e.note()))
        .toList();
  }

  /**
   * For each area that switches to solidarisk fördelning in the year, the budgetväxling over
   * its default reference (the costing's proposal); an area whose reference has no computed
   * month is left out (checked first: the proposal's refusal would roll the reading back).
   */
  private List<TransferMade> transfers(int year) {
    List<TransferMade> out = new ArrayList<>();
    List<BudgetTransfer.MonthState> stored = budget.storedMonths();
    for (BudgetService.Area a : budget.areas()) {
      if (a.switchMonth() == null || a.switchMonth().getYear() != year) {
        continue;
      }
      Optional<BudgetTransfer.Reference> ref =
          BudgetTransfer.defaultReference(a.switchMonth(), stored);
      if (ref.isEmpty() || BudgetTransfer.monthsIn(ref.get(), stored).isEmpty()) {
        continue;
      }
      BudgetTransfer.Proposal p = budget.proposal(a.id(), ref.get(), BigDecimal.ONE);
      out.add(new TransferMade(a.name(), a.switchMonth(), ref.get().from(), ref.get().to(),
          p.total().budget(), p.poolCost()));
    }
    return out;
  }

  /** The dashboard's year per org under the binding model, grouped with medians. */
  private static KeyFigures keyFigures(CostDashboard costs) {
    List<KeyFigures.OrgFigure> orgs = new ArrayList<>();
    for (CostDashboard.KindGroup g : costs.groups()) {
      for (CostDashboard.OrgRow o : g.orgs()) {
        orgs.add(new KeyFigures.OrgFigure(o.org().code(), o.org().name(), o.org().company(),
            o.tally().averageHeadcount(), o.tally().turnoverMsek(), o.binding().cost(),
            o.binding().perEmployee(), o.binding().perMsek()));
      }
    }
    return KeyFigures.of(orgs);
  }
}
