package se.tjanstekatalog.devplan.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.devplan.control.DevPlanStore.InitiativeRow;
import se.tjanstekatalog.devplan.control.DevPlanStore.PlanRow;
import se.tjanstekatalog.devplan.control.DevPlanStore.Stored;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.Initiative;
import se.tjanstekatalog.devplan.domain.Initiative.Budget;
import se.tjanstekatalog.devplan.domain.Initiative.Decision;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.devplan.domain.Quarter;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The utvecklingsplan: reads a year's plan with its initiatives and each initiative's billed
 * development consumption (the ledger's binding lines of its service for its orgs in the plan
 * year, {@link LedgerReads#bindingServiceTotals}), and keeps what IT_CONTROLLER writes (the
 * plan, initiatives, quarterly statuses, manual costs, benefits), each write checked field by
 * field (nothing half-saved) and audited. Every role reads.
 */
@Stateless
@RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
    Role.ADMIN_NAME})
public class DevelopmentPlanService {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  static final int NAME_MAX = 200;
  static final int TEXT_MAX = 2000;
  static final int COST_TEXT_MAX = 500;
  /** The largest amount a field takes: DECIMAL(19,2). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");

  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;

  /** What the plan form sends. */
  public record PlanInput(int year, BigDecimal frame, BigDecimal requested, String decision) {}

  /** A budget row of an initiative: a year, its financing and amount. */
  public record BudgetInput(Integer year, Financing financing, BigDecimal amount) {}

  /** What the initiative form sends; {@code id} null for a new one. */
  public record InitiativeInput(int year, Long id, String name, String goal, String owner,
      String decisionBody, LocalDate decisionDate, String decisionParagraph,
      List<String> orgCodes, String serviceCode, List<BudgetInput> budgets) {}

  /** A quarter's status of an initiative. */
  public record StatusInput(long initiativeId, Integer year, Integer quarter,
      InitiativeStatus status, String text) {}

  /** A manual cost. */
  public record CostInput(long initiativeId, LocalDate date, BigDecimal amount, String text) {}

  /** An org's expected and realised benefit of an initiative. */
  public record BenefitInput(long initiativeId, String orgCode, BigDecimal expectedKr,
      BigDecimal expectedHours, BigDecimal realisedKr, BigDecimal realisedHours) {}

  /** The years with a plan, oldest first. */
  public List<Integer> years() {
    try (Connection c = dataSource.getConnection()) {
      return DevPlanStore.years(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the plans' years", e);
    }
  }

  /** The latest year with a plan up to this year, else the latest, else this year. */
  public int defaultYear() {
    int now = LocalDate.now().getYear();
    List<Integer> years = years();
    return years.stream().filter(y -> y <= now).reduce((a, b) -> b)
        .orElse(years.isEmpty() ? now : years.get(years.size() - 1));
  }

  /** Every org, by code (the forms' choices). */
  public List<Initiative.Org> orgs() {
    try (Connection c = dataSource.getConnection()) {
      return DevPlanStore.orgs(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the orgs", e);
    }
  }

  /** The year's plan, if there is one. */
  public Optional<DevelopmentPlan> plan(int year) {
    checkYear(year);
    try (Connection c = dataSource.getConnection()) {
      return read(c, year);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the utvecklingsplan " + year, e);
    }
  }

  /** The year's plan, read on the caller's connection (the årsberättelse's too). */
  public static Optional<DevelopmentPlan> read(Connection c, int year) throws SQLException {
    Optional<PlanRow> row = DevPlanStore.plan(c, year);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    PlanRow p = row.get();
    List<Stored> stored = DevPlanStore.initiatives(c, p.id());
    Map<List<Long>, Amount> billed = new HashMap<>();
    if (stored.stream().anyMatch(s -> s.serviceId() != null)) {
      for (LedgerReads.OrgServiceTotal t : LedgerReads.bindingServiceTotals(c,
          YearMonth.of(year, 1), YearMonth.of(year, 12))) {
        billed.put(List.of(t.orgId(), t.serviceId()), t.amount());
      }
    }
    List<Initiative> initiatives = new ArrayList<>();
    for (Stored s : stored) {
      Initiative i = s.initiative();
      Amount sum = Amount.ZERO;
      if (s.serviceId() != null) {
        for (Initiative.Org o : i.orgs()) {
          sum = sum.plus(billed.getOrDefault(List.of(o.id(), s.serviceId()), Amount.ZERO));
        }
      }
      initiatives.add(i.withBilled(sum));
    }
    return Optional.of(new DevelopmentPlan(p.id(), p.year(), p.frame(), p.requested(),
        p.decision(), initiatives));
  }

  /** Creates or changes the year's plan: frame, requested amount, decision; audited. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void savePlan(PlanInput in) {
    checkYear(in.year());
    List<Violation> errors = new ArrayList<>();
    Amount frame = amount(errors, "frame", in.frame(), true);
    Amount requested = amount(errors, "requested", in.requested(), true);
    String decision = text(errors, "decision", in.decision(), NAME_MAX, true);
    RuleViolationException.throwIfAny(errors);
    try (Connection c = dataSource.getConnection()) {
      DevPlanStore.savePlan(c, in.year(), frame, requested, decision, caller.name());
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "utvecklingsplan " + in.year(),
          "Utvecklingsplan " + in.year() + ": ram " + SwedishFormat.kronor(frame.value())
              + " av begärda " + SwedishFormat.kronor(requested.value()) + " (" + decision + ")");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the utvecklingsplan " + in.year(), e);
    }
  }

  /**
   * Creates or changes an initiative of the year's plan with its orgs and budget rows
   * (replaced); audited. A service links the initiative to the billed development consumption
   * of its orgs; two initiatives of a plan may not share a service for the same org.
   *
   * @return the initiative's id
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public long saveInitiative(InitiativeInput in) {
    checkYear(in.year());
    List<Violation> errors = new ArrayList<>();
    String name = text(errors, "name", in.name(), NAME_MAX, true);
    String goal = text(errors, "goal", in.goal(), TEXT_MAX, true);
    String owner = text(errors, "owner", in.owner(), NAME_MAX, true);
    String body = text(errors, "decisionBody", in.decisionBody(), 60, true);
    String paragraph = text(errors, "decisionParagraph", in.decisionParagraph(), 30, true);
    if (in.decisionDate() == null) {
      errors.add(new Violation("decisionDate", "devplan.error.required",
          field("decisionDate")));
    }
    List<Budget> budgets = budgets(errors, in.budgets());
    try (Connection c = dataSource.getConnection()) {
      PlanRow plan = DevPlanStore.plan(c, in.year()).orElseThrow(
          () -> new NotFoundException("devplan.error.noPlan", String.valueOf(in.year())));
      Map<String, Long> orgIds = DevPlanStore.orgIds(c);
      Set<Long> orgs = new LinkedHashSet<>();
      for (String code : in.orgCodes() == null ? List.<String>of() : in.orgCodes()) {
        if (code == null || code.isBlank()) {
          continue;
        }
        Long id = orgIds.get(code.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
          errors.add(new Violation("orgs", "devplan.error.org", code.strip()));
        } else {
          orgs.add(id);
        }
      }
      if (orgs.isEmpty() && errors.stream().noneMatch(v -> v.field().equals("orgs"))) {
        errors.add(new Violation("orgs", "devplan.error.orgs.required"));
      }
      Long serviceId = null;
      String service = in.serviceCode() == null || in.serviceCode().isBlank() ? null
          : in.serviceCode().strip();
      if (service != null) {
        serviceId = DevPlanStore.serviceId(c, service).orElse(null);
        if (serviceId == null) {
          errors.add(new Violation("service", "devplan.error.service", service));
        }
      }
      List<Stored> others = DevPlanStore.initiatives(c, plan.id()).stream()
          .filter(s -> in.id() == null || s.initiative().id() != in.id()).toList();
      if (in.id() != null && others.size() == DevPlanStore.initiatives(c, plan.id()).size()) {
        throw new NotFoundException("devplan.error.noInitiative", in.id());
      }
      for (Stored s : others) {
        if (name != null && s.initiative().name().equalsIgnoreCase(name)) {
          errors.add(new Violation("name", "devplan.error.name.taken", name));
        }
        if (serviceId != null && serviceId.equals(s.serviceId())) {
          for (Initiative.Org o : s.initiative().orgs()) {
            if (orgs.contains(o.id())) {
              errors.add(new Violation("service", "devplan.error.service.shared", service,
                  o.code(), s.initiative().name()));
            }
          }
        }
      }
      RuleViolationException.throwIfAny(errors);
      long id = DevPlanStore.saveInitiative(c, plan.id(), in.id(), new InitiativeRow(name, goal,
          owner, new Decision(body, in.decisionDate(), paragraph), serviceId,
          new ArrayList<>(orgs), budgets), caller.name());
      Amount total = Amount.sum(budgets.stream().map(b -> b.amount().value()).toList());
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "utvecklingsplan " + in.year() + ", " + name,
          (in.id() == null ? "Initiativ tillagt: " : "Initiativ ändrat: ") + name + ", budget "
              + SwedishFormat.kronor(total.value()));
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the initiative " + name, e);
    }
  }

  /** Sets (or replaces) an initiative's status of a quarter, with its text; audited. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void saveStatus(StatusInput in) {
    List<Violation> errors = new ArrayList<>();
    if (in.year() == null || in.year() < FIRST_YEAR || in.year() > LAST_YEAR) {
      errors.add(new Violation("year", "devplan.error.year", String.valueOf(in.year()),
          String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
    if (in.quarter() == null || in.quarter() < 1 || in.quarter() > 4) {
      errors.add(new Violation("quarter", "devplan.error.quarter",
          String.valueOf(in.quarter())));
    }
    if (in.status() == null) {
      errors.add(new Violation("status", "devplan.error.required", field("status")));
    }
    String text = text(errors, "text", in.text(), TEXT_MAX, true);
    RuleViolationException.throwIfAny(errors);
    Quarter q = new Quarter(in.year(), in.quarter());
    try (Connection c = dataSource.getConnection()) {
      String name = initiativeName(c, in.initiativeId());
      DevPlanStore.saveStatus(c, in.initiativeId(), q, in.status(), text, caller.name());
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "initiativ " + name,
          "Status " + q.label() + " för " + name + ": " + in.status().name() + " – " + text);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the status", e);
    }
  }

  /** Books a manual cost (a negative amount credits); audited. Returns its id. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public long addCost(CostInput in) {
    List<Violation> errors = new ArrayList<>();
    if (in.date() == null) {
      errors.add(new Violation("date", "devplan.error.required", field("date")));
    }
    Amount amount = amount(errors, "amount", in.amount(), false);
    if (amount != null && amount.isZero()) {
      errors.add(new Violation("amount", "devplan.error.amount.zero"));
    }
    String text = text(errors, "costText", in.text(), COST_TEXT_MAX, true);
    RuleViolationException.throwIfAny(errors);
    try (Connection c = dataSource.getConnection()) {
      String name = initiativeName(c, in.initiativeId());
      long id = DevPlanStore.addCost(c, in.initiativeId(), in.date(), amount, text,
          caller.name());
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "initiativ " + name, "Kostnad " + in.date()
          + " på " + name + ": " + SwedishFormat.kronor(amount.value()) + " (" + text + ")");
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not book the cost", e);
    }
  }

  /** Removes a manual cost; audited. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void removeCost(long initiativeId, long costId) {
    try (Connection c = dataSource.getConnection()) {
      String name = initiativeName(c, initiativeId);
      if (!DevPlanStore.removeCost(c, initiativeId, costId)) {
        throw new NotFoundException("devplan.error.noCost", costId);
      }
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "initiativ " + name,
          "Kostnad " + costId + " på " + name + " borttagen");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the cost", e);
    }
  }

  /** Sets (or replaces) an org's expected and realised benefit of an initiative; audited. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void saveBenefit(BenefitInput in) {
    List<Violation> errors = new ArrayList<>();
    Amount expectedKr = amount(errors, "expectedKr", in.expectedKr(), true);
    Amount realisedKr = amount(errors, "realisedKr", in.realisedKr(), true);
    BigDecimal expectedHours = hours(errors, "expectedHours", in.expectedHours());
    BigDecimal realisedHours = hours(errors, "realisedHours", in.realisedHours());
    try (Connection c = dataSource.getConnection()) {
      Long org = in.orgCode() == null ? null
          : DevPlanStore.orgIds(c).get(in.orgCode().strip().toUpperCase(Locale.ROOT));
      if (org == null) {
        errors.add(new Violation("benefitOrg", "devplan.error.org",
            String.valueOf(in.orgCode())));
      }
      RuleViolationException.throwIfAny(errors);
      String name = initiativeName(c, in.initiativeId());
      DevPlanStore.saveBenefit(c, in.initiativeId(), org, expectedKr, expectedHours,
          realisedKr, realisedHours, caller.name());
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "initiativ " + name, "Effekt för "
          + in.orgCode().strip() + " av " + name + ": förväntat "
          + SwedishFormat.kronor(expectedKr.value()) + ", realiserat "
          + SwedishFormat.kronor(realisedKr.value()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the benefit", e);
    }
  }

  /**
   * Removes an org's benefit of an initiative; audited.
   *
   * @throws NotFoundException for an unknown initiative, or an org without a benefit of it
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void removeBenefit(long initiativeId, String orgCode) {
    String code = orgCode == null ? "" : orgCode.strip().toUpperCase(Locale.ROOT);
    try (Connection c = dataSource.getConnection()) {
      String name = initiativeName(c, initiativeId);
      Long org = DevPlanStore.orgIds(c).get(code);
      if (org == null || !DevPlanStore.removeBenefit(c, initiativeId, org)) {
        throw new NotFoundException("devplan.error.noBenefit", code, name);
      }
      auditLog.record(AuditKind.DEVELOPMENT_PLAN, "initiativ " + name,
          "Effekt för " + code + " av " + name + " borttagen");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the benefit", e);
    }
  }

  // ---- checks

  private static String initiativeName(Connection c, long id) throws SQLException {
    try (var ps = c.prepareStatement("SELECT name FROM dev_initiative WHERE id = ?")) {
      ps.setLong(1, id);
      try (var rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("devplan.error.noInitiative", id);
        }
        return rs.getString(1);
      }
    }
  }

  private static List<Budget> budgets(List<Violation> errors, List<BudgetInput> in) {
    List<Budget> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int row = 0;
    for (BudgetInput b : in == null ? List.<BudgetInput>of() : in) {
      row++;
      if (b == null || b.year() == null && b.financing() == null && b.amount() == null) {
        continue;
      }
      boolean ok = true;
      if (b.year() == null || b.year() < FIRST_YEAR || b.year() > LAST_YEAR) {
        errors.add(new Violation("budget", "devplan.error.budget.year", row,
            String.valueOf(b.year())));
        ok = false;
      }
      if (b.financing() == null) {
        errors.add(new Violation("budget", "devplan.error.budget.financing", row));
        ok = false;
      }
      if (b.amount() == null || b.amount().signum() < 0
          || b.amount().stripTrailingZeros().scale() > 2
          || b.amount().compareTo(MAX_AMOUNT) > 0) {
        errors.add(new Violation("budget", "devplan.error.budget.amount", row,
            b.amount() == null ? "" : b.amount().toPlainString()));
        ok = false;
      }
      if (ok && !seen.add(b.year() + ":" + b.financing())) {
        errors.add(new Violation("budget", "devplan.error.budget.twice", row, b.year(),
            se.tjanstekatalog.shared.Messages.sv(b.financing().messageKey())));
        ok = false;
      }
      if (ok) {
        out.add(new Budget(b.year(), b.financing(), Amount.of(b.amount())));
      }
    }
    if (out.isEmpty() && errors.stream().noneMatch(v -> v.field().equals("budget"))) {
      errors.add(new Violation("budget", "devplan.error.budget.required"));
    }
    return out;
  }

  /** A required text, stripped and at most {@code max} characters. */
  private static String text(List<Violation> errors, String field, String value, int max,
      boolean required) {
    String t = value == null ? "" : value.strip();
    if (required && t.isEmpty()) {
      errors.add(new Violation(field, "devplan.error.required", field(field)));
      return null;
    }
    if (t.length() > max) {
      errors.add(new Violation(field, "devplan.error.tooLong", field(field), max));
      return null;
    }
    return t;
  }

  /** An amount in kronor with at most two decimals; {@code nonNegative} refuses below 0. */
  private static Amount amount(List<Violation> errors, String field, BigDecimal value,
      boolean nonNegative) {
    if (value == null) {
      errors.add(new Violation(field, "devplan.error.required", field(field)));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(MAX_AMOUNT) > 0
        || nonNegative && value.signum() < 0) {
      errors.add(new Violation(field, "devplan.error.amount", field(field),
          value.toPlainString()));
      return null;
    }
    return Amount.of(value);
  }

  private static BigDecimal hours(List<Violation> errors, String field, BigDecimal value) {
    if (value == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
        || value.compareTo(MAX_AMOUNT) > 0) {
      errors.add(new Violation(field, "devplan.error.hours", field(field),
          value.toPlainString()));
      return null;
    }
    return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  /** A field's name as the message shows it (resolved from the bundle by the key). */
  private static String field(String name) {
    return se.tjanstekatalog.shared.Messages.sv("devplan.field." + name);
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolationException(new Violation("year", "devplan.error.year",
          String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
  }
}
