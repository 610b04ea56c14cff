package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * A service's page ({@code catalogue/service.xhtml?code=ARB-DATOR&asOf=2026-07}): its levels
 * side by side (promises as rows, levels as columns, prices last), valid in the chosen month,
 * the caller's org's chosen level, and the change history.
 */
@Named
@ViewScoped
public class ServicePageBean implements Serializable {
  @Inject CatalogueService catalogue;
  @Inject CurrentUser currentUser;

  private String code;
  private String asOf;
  private ServiceView service;
  private List<Row> rows;
  private List<AuditEntry> history;
  private Set<String> ownLevels = Set.of();
  private Facts facts = new Facts();
  private List<CatalogueService.EditableCommitment> commitments = List.of();
  private Long commitmentId;
  private String commitmentValue;
  private List<CatalogueService.LevelFacts> levels = List.of();
  private Long levelId;
  private String levelName;
  private String levelDescription;

  /** One row of the comparison: a label and one cell per level (in level order). */
  public static final class Row implements Serializable {
    private final String label;
    private final List<String> cells;
    private final boolean price;

    Row(String label, List<String> cells, boolean price) {
      this.label = label;
      this.cells = cells;
      this.price = price;
    }

    public String getLabel() {
      return label;
    }

    public List<String> getCells() {
      return cells;
    }

    public boolean isPrice() {
      return price;
    }
  }

  /** The edit dialog's fields. */
  public static final class Facts implements Serializable {
    private long version;
    private String name;
    private String description;
    private String ownerRole;
    private String ownerContact;
    private BigDecimal vatPercent;
    private Unit unit;
    private Financing financing;

    public Unit getUnit() {
      return unit;
    }

    public void setUnit(Unit unit) {
      this.unit = unit;
    }

    public Financing getFinancing() {
      return financing;
    }

    public void setFinancing(Financing financing) {
      this.financing = financing;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getOwnerRole() {
      return ownerRole;
    }

    public void setOwnerRole(String ownerRole) {
      this.ownerRole = ownerRole;
    }

    public String getOwnerContact() {
      return ownerContact;
    }

    public void setOwnerContact(String ownerContact) {
      this.ownerContact = ownerContact;
    }

    public BigDecimal getVatPercent() {
      return vatPercent;
    }

    public void setVatPercent(BigDecimal vatPercent) {
      this.vatPercent = vatPercent;
    }
  }

  public void load() {
    YearMonth month = getMonth();
    CallerInfo caller = currentUser.getInfo();
    Long orgId = caller != null && caller.hasOrg() ? caller.getOrgId() : null;
    CatalogueService.ServicePage page = catalogue.page(code == null ? "" : code.strip(), month,
            orgId, currentUser.isController())
        .orElseThrow(() -> new NotFoundException("catalogue.error.serviceNotFound", code));
    service = page.service();
    rows = comparison(service);
    history = page.history();
    commitments = page.commitments();
    ownLevels = page.ownLevels();
  }

  /** Promises as rows (matched across levels by their key), then cost and charged price. */
  static List<Row> comparison(ServiceView service) {
    List<LevelView> levels = service.levels();
    Map<String, String> labels = new LinkedHashMap<>();
    for (LevelView level : levels) {
      for (CommitmentView c : level.commitments()) {
        labels.putIfAbsent(c.rowKey(), c.label());
      }
    }
    List<Row> rows = new ArrayList<>();
    if (levels.stream().anyMatch(l -> l.description() != null && !l.description().isBlank())) {
      rows.add(new Row(Faces.text("catalogue.level.description"),
          levels.stream().map(l -> l.description() == null ? "" : l.description()).toList(),
          false));
    }
    labels.forEach((key, label) -> rows.add(new Row(label, levels.stream()
        .map(l -> l.commitments().stream().filter(c -> c.rowKey().equals(key))
            .map(CommitmentView::value).findFirst().orElse("–"))
        .toList(), false)));
    rows.add(new Row(Faces.text("catalogue.costPrice"), levels.stream()
        .map(l -> l.costPrice() == null ? "–" : l.costPrice().toString()).toList(), true));
    rows.add(new Row(Faces.text("catalogue.chargedPrice"), levels.stream()
        .map(l -> l.chargedPrice() == null ? "–" : l.chargedPrice().toString()).toList(), true));
    return rows;
  }

  public void startEdit() {
    Service entity = catalogue.entity(service.code());
    facts = new Facts();
    facts.version = entity.getVersion();
    facts.name = entity.getName();
    facts.description = entity.getDescription();
    facts.ownerRole = entity.getOwnerRole();
    facts.ownerContact = entity.getOwnerContact();
    facts.vatPercent = entity.getVatRate();
    facts.unit = entity.getUnit();
    facts.financing = entity.getFinancing();
  }

  public Unit[] getUnits() {
    return Unit.values();
  }

  public Financing[] getFinancings() {
    return Financing.values();
  }

  /** The level dialog: the service's levels to pick from, and the picked one's fields. */
  public void startEditLevel() {
    levels = catalogue.levels(service.code());
    levelId = levels.isEmpty() ? null : levels.get(0).id();
    levelPicked();
  }

  /** Fills the name and description of the level picked. */
  public void levelPicked() {
    levels.stream().filter(l -> l.id() == (levelId == null ? -1 : levelId)).findFirst()
        .ifPresent(l -> {
          levelName = l.name();
          levelDescription = l.description();
        });
  }

  public void saveLevel() {
    Faces.attempt(() -> {
      CatalogueService.LevelFacts chosen = levels.stream()
          .filter(l -> levelId != null && l.id() == levelId).findFirst()
          .orElseThrow(() -> new NotFoundException("catalogue.error.levelNotFound", levelId));
      catalogue.updateLevel(new CatalogueService.LevelFacts(chosen.id(), chosen.version(),
          levelName, levelDescription));
      Faces.info("catalogue.level.saved", levelName == null ? "" : levelName.strip());
      org.primefaces.PrimeFaces.current().executeScript("PF('levelDialog').hide()");
      load();
    });
  }

  public List<CatalogueService.LevelFacts> getLevels() {
    return levels;
  }

  public Long getLevelId() {
    return levelId;
  }

  public void setLevelId(Long levelId) {
    this.levelId = levelId;
  }

  public String getLevelName() {
    return levelName;
  }

  public void setLevelName(String levelName) {
    this.levelName = levelName;
  }

  public String getLevelDescription() {
    return levelDescription;
  }

  public void setLevelDescription(String levelDescription) {
    this.levelDescription = levelDescription;
  }

  public void saveFacts() {
    Faces.attempt(() -> {
      catalogue.updateFacts(new CatalogueService.ServiceFacts(service.code(), facts.version,
          facts.name, facts.description, facts.ownerRole, facts.ownerContact,
          facts.vatPercent, facts.unit, facts.financing));
      Faces.info("catalogue.saved", facts.name);
      org.primefaces.PrimeFaces.current().executeScript("PF('factsDialog').hide()");
      load();
    });
  }

  /** IT_CONTROLLER changes one promise; numbers may be typed the Swedish way. */
  public void saveCommitment() {
    Faces.attempt(() -> {
      var chosen = commitments.stream().filter(c -> c.id() == commitmentId).findFirst()
          .orElseThrow(() -> new NotFoundException("catalogue.error.commitmentNotFound",
              commitmentId));
      BigDecimal number = null;
      if (chosen.numeric()) {
        try {
          number = SwedishFormat.parseNumber(commitmentValue == null ? "" : commitmentValue);
        } catch (NumberFormatException e) {
          Faces.error(null, Faces.text("error.number", chosen.label(), commitmentValue));
          jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
          return;
        }
      }
      catalogue.updateCommitment(commitmentId, number, commitmentValue);
      Faces.info("catalogue.commitments.saved");
      org.primefaces.PrimeFaces.current().executeScript("PF('commitmentDialog').hide()");
      load();
    });
  }

  public List<CatalogueService.EditableCommitment> getCommitments() {
    return commitments;
  }

  public Long getCommitmentId() {
    return commitmentId;
  }

  public void setCommitmentId(Long commitmentId) {
    this.commitmentId = commitmentId;
  }

  public String getCommitmentValue() {
    return commitmentValue;
  }

  public void setCommitmentValue(String commitmentValue) {
    this.commitmentValue = commitmentValue;
  }

  public YearMonth getMonth() {
    if (asOf == null || asOf.isBlank()) {
      return YearMonth.now();
    }
    try {
      return SwedishFormat.parseMonth(asOf);
    } catch (java.time.format.DateTimeParseException e) {
      return YearMonth.now();
    }
  }

  public String getPreviousMonth() {
    return SwedishFormat.month(getMonth().minusMonths(1));
  }

  public String getNextYear() {
    return SwedishFormat.month(getMonth().plusYears(1).withMonth(1));
  }

  public String getMonthText() {
    return SwedishFormat.month(getMonth());
  }

  public boolean isOwnLevel(String levelCode) {
    return ownLevels.contains(levelCode);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public ServiceView getService() {
    return service;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<AuditEntry> getHistory() {
    return history;
  }

  public Facts getFacts() {
    return facts;
  }
}
