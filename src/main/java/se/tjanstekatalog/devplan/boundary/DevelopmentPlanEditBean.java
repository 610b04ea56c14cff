package se.tjanstekatalog.devplan.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.BenefitInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.BudgetInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.CostInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.InitiativeInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.PlanInput;
import se.tjanstekatalog.devplan.control.DevelopmentPlanService.StatusInput;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.Initiative;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.devplan.domain.Quarter;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * IT_CONTROLLER's page for the utvecklingsplan of a year: the plan's frame and decision, an
 * initiative (new or chosen) with its orgs and budget rows, a quarter's status, a manual cost
 * and an org's benefit. Text fields are parsed here (a number or date that is not one is a
 * message naming the field); every rule is the service's. One service call per action.
 */
@Named
@ViewScoped
public class DevelopmentPlanEditBean implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Budget rows the form offers. */
  static final int BUDGET_ROWS = 4;

  @Inject DevelopmentPlanService service;

  private final YearPager years = new YearPager(this::load);
  private DevelopmentPlan plan;
  private List<Initiative.Org> orgs = List.of();

  private String frame;
  private String requested;
  private String decision;

  private long initiativeId;
  private String name;
  private String goal;
  private String owner;
  private String decisionBody;
  private String decisionDate;
  private String decisionParagraph;
  private String orgCodes;
  private String serviceCode;
  private List<BudgetRow> budgets = new ArrayList<>();

  private Long statusInitiative;
  private int statusQuarter = 1;
  private InitiativeStatus status = InitiativeStatus.ON_TRACK;
  private String statusText;

  private Long costInitiative;
  private String costDate;
  private String costAmount;
  private String costText;

  private Long benefitInitiative;
  private String benefitOrg;
  private String expectedKr;
  private String expectedHours;
  private String realisedKr;
  private String realisedHours;

  /** A budget row of the form. */
  public static class BudgetRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String year;
    private Financing financing;
    private String amount;

    public String getYear() {
      return year;
    }

    public void setYear(String year) {
      this.year = year;
    }

    public Financing getFinancing() {
      return financing;
    }

    public void setFinancing(Financing financing) {
      this.financing = financing;
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }
  }

  public void init() {
    if (!years.wasGiven()) {
      years.setYear(service.defaultYear());
    }
    orgs = service.orgs();
    load();
  }

  /** Reads the year's plan and fills the plan form; the initiative form starts new. */
  public void load() {
    plan = null;
    Faces.attempt(() -> plan = service.plan(years.getYear()).orElse(null));
    if (plan != null) {
      frame = SwedishFormat.decimal(plan.frame().value(), 2);
      requested = SwedishFormat.decimal(plan.requested().value(), 2);
      decision = plan.decision();
    } else {
      frame = "";
      requested = "";
      decision = "";
    }
    initiativeId = 0;
    fillInitiative();
  }

  public void savePlan() {
    List<Violation> errors = new ArrayList<>();
    PlanInput in = new PlanInput(years.getYear(), number(errors, "frame", frame),
        number(errors, "requested", requested), decision);
    if (Faces.attempt(() -> {
      RuleViolationException.throwIfAny(errors);
      service.savePlan(in);
    })) {
      Faces.info("devplan.saved.plan");
      load();
    }
  }

  /** Shows the chosen initiative in the form (0: a new one). */
  public void chooseInitiative() {
    fillInitiative();
  }

  public void saveInitiative() {
    List<Violation> errors = new ArrayList<>();
    List<BudgetInput> rows = new ArrayList<>();
    for (BudgetRow r : budgets) {
      BigDecimal y = number(errors, "budgetYear", r.getYear());
      rows.add(new BudgetInput(y == null ? null : y.intValue(), r.getFinancing(),
          number(errors, "budgetAmount", r.getAmount())));
    }
    InitiativeInput in = new InitiativeInput(years.getYear(),
        initiativeId == 0 ? null : initiativeId, name, goal, owner, decisionBody,
        date(errors, "decisionDate", decisionDate), decisionParagraph,
        orgCodes == null ? List.of() : Arrays.asList(orgCodes.split("[,;\\s]+")), serviceCode,
        rows);
    long[] saved = new long[1];
    if (Faces.attempt(() -> {
      RuleViolationException.throwIfAny(errors);
      saved[0] = service.saveInitiative(in);
    })) {
      Faces.info("devplan.saved.initiative", name.strip());
      long id = saved[0];
      load();
      initiativeId = id;
      fillInitiative();
    }
  }

  public void saveStatus() {
    StatusInput in = new StatusInput(statusInitiative == null ? 0 : statusInitiative,
        years.getYear(), statusQuarter, status, statusText);
    if (Faces.attempt(() -> {
      requireInitiative(statusInitiative);
      service.saveStatus(in);
    })) {
      Faces.info("devplan.saved.status", new Quarter(years.getYear(), statusQuarter).label());
      statusText = "";
      load();
    }
  }

  public void addCost() {
    List<Violation> errors = new ArrayList<>();
    CostInput in = new CostInput(costInitiative == null ? 0 : costInitiative,
        date(errors, "date", costDate), number(errors, "amount", costAmount), costText);
    if (Faces.attempt(() -> {
      requireInitiative(costInitiative);
      RuleViolationException.throwIfAny(errors);
      service.addCost(in);
    })) {
      Faces.info("devplan.saved.cost");
      costDate = "";
      costAmount = "";
      costText = "";
      load();
    }
  }

  /** Removes a manual cost of an initiative. */
  public void removeCost(long initiative, long cost) {
    if (Faces.attempt(() -> service.removeCost(initiative, cost))) {
      Faces.info("devplan.removed.cost");
      load();
    }
  }

  /** Removes an org's benefit of an initiative. */
  public void removeBenefit(long initiative, String org) {
    if (Faces.attempt(() -> service.removeBenefit(initiative, org))) {
      Faces.info("devplan.removed.benefit");
      load();
    }
  }

  public void saveBenefit() {
    List<Violation> errors = new ArrayList<>();
    BenefitInput in = new BenefitInput(benefitInitiative == null ? 0 : benefitInitiative,
        benefitOrg, number(errors, "expectedKr", expectedKr),
        number(errors, "expectedHours", expectedHours), number(errors, "realisedKr", realisedKr),
        number(errors, "realisedHours", realisedHours));
    if (Faces.attempt(() -> {
      requireInitiative(benefitInitiative);
      RuleViolationException.throwIfAny(errors);
      service.saveBenefit(in);
    })) {
      Faces.info("devplan.saved.benefit");
      load();
    }
  }

  private static void requireInitiative(Long id) {
    if (id == null || id == 0) {
      throw new RuleViolationException(new Violation("initiative", "devplan.error.required",
          Messages.sv("devplan.field.initiative")));
    }
  }

  private void fillInitiative() {
    Initiative i = plan == null ? null : plan.initiatives().stream()
        .filter(x -> x.id() == initiativeId).findFirst().orElse(null);
    budgets = new ArrayList<>();
    if (i == null) {
      initiativeId = 0;
      name = "";
      goal = "";
      owner = "";
      decisionBody = "";
      decisionDate = "";
      decisionParagraph = "";
      orgCodes = "";
      serviceCode = "";
    } else {
      name = i.name();
      goal = i.goal();
      owner = i.owner();
      decisionBody = i.decision().body();
      decisionDate = i.decision().date().toString();
      decisionParagraph = i.decision().paragraph();
      orgCodes = String.join(", ", i.orgs().stream().map(Initiative.Org::code).toList());
      serviceCode = i.serviceCode() == null ? "" : i.serviceCode();
      for (Initiative.Budget b : i.budgets()) {
        BudgetRow r = new BudgetRow();
        r.setYear(String.valueOf(b.year()));
        r.setFinancing(b.financing());
        r.setAmount(SwedishFormat.decimal(b.amount().value(), 2));
        budgets.add(r);
      }
    }
    while (budgets.size() < BUDGET_ROWS) {
      BudgetRow r = new BudgetRow();
      if (budgets.isEmpty()) {
        r.setYear(String.valueOf(years.getYear()));
        r.setFinancing(Financing.CENTRAL);
      }
      budgets.add(r);
    }
  }

  /** A number as typed (decimal comma, spaces), null when empty; a message when not one. */
  private static BigDecimal number(List<Violation> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return SwedishFormat.parseNumber(text);
    } catch (NumberFormatException e) {
      errors.add(new Violation(field, "devplan.error.number",
          Messages.sv("devplan.field." + field), text));
      return null;
    }
  }

  private static LocalDate date(List<Violation> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new Violation(field, "devplan.error.date",
          Messages.sv("devplan.field." + field), text));
      return null;
    }
  }

  // ---- for the page

  public DevelopmentPlan getPlan() {
    return plan;
  }

  public List<Initiative> getInitiatives() {
    return plan == null ? List.of() : plan.initiatives();
  }

  public List<Initiative.Org> getOrgs() {
    return orgs;
  }

  public List<Financing> getFinancings() {
    return List.of(Financing.values());
  }

  public List<InitiativeStatus> getStatuses() {
    return List.of(InitiativeStatus.values());
  }

  public List<Integer> getQuarters() {
    return List.of(1, 2, 3, 4);
  }

  public YearPager getYears() {
    return years;
  }


  public String getFrame() {
    return frame;
  }

  public void setFrame(String frame) {
    this.frame = frame;
  }

  public String getRequested() {
    return requested;
  }

  public void setRequested(String requested) {
    this.requested = requested;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public long getInitiativeId() {
    return initiativeId;
  }

  public void setInitiativeId(long initiativeId) {
    this.initiativeId = initiativeId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDecisionBody() {
    return decisionBody;
  }

  public void setDecisionBody(String decisionBody) {
    this.decisionBody = decisionBody;
  }

  public String getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(String decisionDate) {
    this.decisionDate = decisionDate;
  }

  public String getDecisionParagraph() {
    return decisionParagraph;
  }

  public void setDecisionParagraph(String decisionParagraph) {
    this.decisionParagraph = decisionParagraph;
  }

  public String getOrgCodes() {
    return orgCodes;
  }

  public void setOrgCodes(String orgCodes) {
    this.orgCodes = orgCodes;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public List<BudgetRow> getBudgets() {
    return budgets;
  }

  public Long getStatusInitiative() {
    return statusInitiative;
  }

  public void setStatusInitiative(Long statusInitiative) {
    this.statusInitiative = statusInitiative;
  }

  public int getStatusQuarter() {
    return statusQuarter;
  }

  public void setStatusQuarter(int statusQuarter) {
    this.statusQuarter = statusQuarter;
  }

  public InitiativeStatus getStatus() {
    return status;
  }

  public void setStatus(InitiativeStatus status) {
    this.status = status;
  }

  public String getStatusText() {
    return statusText;
  }

  public void setStatusText(String statusText) {
    this.statusText = statusText;
  }

  public Long getCostInitiative() {
    return costInitiative;
  }

  public void setCostInitiative(Long costInitiative) {
    this.costInitiative = costInitiative;
  }

  public String getCostDate() {
    return costDate;
  }

  public void setCostDate(String costDate) {
    this.costDate = costDate;
  }

  public String getCostAmount() {
    return costAmount;
  }

  public void setCostAmount(String costAmount) {
    this.costAmount = costAmount;
  }

  public String getCostText() {
    return costText;
  }

  public void setCostText(String costText) {
    this.costText = costText;
  }

  public Long getBenefitInitiative() {
    return benefitInitiative;
  }

  public void setBenefitInitiative(Long benefitInitiative) {
    this.benefitInitiative = benefitInitiative;
  }

  public String getBenefitOrg() {
    return benefitOrg;
  }

  public void setBenefitOrg(String benefitOrg) {
    this.benefitOrg = benefitOrg;
  }

  public String getExpectedKr() {
    return expectedKr;
  }

  public void setExpectedKr(String expectedKr) {
    this.expectedKr = expectedKr;
  }

  public String getExpectedHours() {
    return expectedHours;
  }

  public void setExpectedHours(String expectedHours) {
    this.expectedHours = expectedHours;
  }

  public String getRealisedKr() {
    return realisedKr;
  }

  public void setRealisedKr(String realisedKr) {
    this.realisedKr = realisedKr;
  }

  public String getRealisedHours() {
    return realisedHours;
  }

  public void setRealisedHours(String realisedHours) {
    this.realisedHours = realisedHours;
  }
}
