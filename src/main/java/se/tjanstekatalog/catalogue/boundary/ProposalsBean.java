package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.ProposalService;
import se.tjanstekatalog.catalogue.entity.ChangeProposal;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.ProposalKind;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Förändringsförslag: the list, a form for a new proposal, and the selected proposal with
 * its steps, comments and the actions its state allows.
 */
@Named
@ViewScoped
public class ProposalsBean implements Serializable {
  @Inject ProposalService proposals;
  @Inject CatalogueService catalogue;

  private List<ChangeProposal> all;
  private ChangeProposal selected;
  private Long selectedId;
  private List<Service> services;
  private List<ServiceArea> areas;
  private final Form form = new Form();
  private String comment;
  private String decisionNote;

  /** The new-proposal form. */
  public static final class Form implements Serializable {
    private ProposalKind kind = ProposalKind.PRICE_CHANGE;
    private String title;
    private String motivation;
    private LocalDate effective = LocalDate.now().plusMonths(1).withDayOfMonth(1);
    private String serviceCode;
    private Long levelId;
    private BigDecimal newCostPrice;
    private String newServiceCode;
    private String newServiceName;
    private Long newAreaId;
    private Unit newUnit = Unit.PER_USER;
    private Financing newFinancing = Financing.POOLED;
    private String newLevelCode;
    private String newLevelName;

    ProposalService.Draft toDraft() {
      return new ProposalService.Draft(kind, title, motivation,
          effective == null ? null : YearMonth.from(effective), serviceCode, levelId,
          newCostPrice == null ? null : new Amount(newCostPrice), newServiceCode,
          newServiceName, newAreaId, newUnit, newFinancing, newLevelCode, newLevelName);
    }

    public ProposalKind getKind() {
      return kind;
    }

    public void setKind(ProposalKind kind) {
      this.kind = kind;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getMotivation() {
      return motivation;
    }

    public void setMotivation(String motivation) {
      this.motivation = motivation;
    }

    public LocalDate getEffective() {
      return effective;
    }

    public void setEffective(LocalDate effective) {
      this.effective = effective;
    }

    public String getServiceCode() {
      return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
      this.serviceCode = serviceCode;
    }

    public Long getLevelId() {
      return levelId;
    }

    public void setLevelId(Long levelId) {
      this.levelId = levelId;
    }

    public BigDecimal getNewCostPrice() {
      return newCostPrice;
    }

    public void setNewCostPrice(BigDecimal newCostPrice) {
      this.newCostPrice = newCostPrice;
    }

    public String getNewServiceCode() {
      return newServiceCode;
    }

    public void setNewServiceCode(String newServiceCode) {
      this.newServiceCode = newServiceCode;
    }

    public String getNewServiceName() {
      return newServiceName;
    }

    public void setNewServiceName(String newServiceName) {
      this.newServiceName = newServiceName;
    }

    public Long getNewAreaId() {
      return newAreaId;
    }

    public void setNewAreaId(Long newAreaId) {
      this.newAreaId = newAreaId;
    }

    public Unit getNewUnit() {
      return newUnit;
    }

    public void setNewUnit(Unit newUnit) {
      this.newUnit = newUnit;
    }

    public Financing getNewFinancing() {
      return newFinancing;
    }

    public void setNewFinancing(Financing newFinancing) {
      this.newFinancing = newFinancing;
    }

    public String getNewLevelCode() {
      return newLevelCode;
    }

    public void setNewLevelCode(String newLevelCode) {
      this.newLevelCode = newLevelCode;
    }

    public String getNewLevelName() {
      return newLevelName;
    }

    public void setNewLevelName(String newLevelName) {
      this.newLevelName = newLevelName;
    }
  }

  public void load() {
    all = proposals.all();
    services = catalogue.services();
    areas = catalogue.areas();
    if (selectedId != null) {
      selected = proposals.find(selectedId);
    }
  }

  public void select(ChangeProposal proposal) {
    selectedId = proposal.getId();
    selected = proposals.find(selectedId);
    comment = null;
    decisionNote = null;
  }

  public void create() {
    run(() -> {
      ChangeProposal p = proposals.create(form.toDraft());
      selectedId = p.getId();
      Faces.info("proposal.created", p.getTitle());
      PrimeFaces.current().executeScript("PF('proposalDialog').hide()");
    });
  }

  public void submit() {
    run(() -> {
      proposals.submit(selectedId);
      Faces.info("proposal.submitted", selected.getTitle());
    });
  }

  public void addComment() {
    run(() -> {
      proposals.comment(selectedId, comment);
      comment = null;
      Faces.info("proposal.commented");
    });
  }

  public void decide() {
    run(() -> {
      proposals.decide(selectedId, decisionNote);
      Faces.info("proposal.decided", selected.getTitle());
    });
  }

  public void reject() {
    run(() -> {
      proposals.reject(selectedId, decisionNote);
      Faces.info("proposal.rejected", selected.getTitle());
    });
  }

  private void run(Runnable action) {
    Faces.attempt(() -> {
      action.run();
      load();
    });
  }

  /** Levels of all services, for the price change form ("Tjänst – Nivå"). */
  public List<ServiceLevel> getLevels() {
    return services.stream().flatMap(s -> s.getLevels().stream()).toList();
  }

  public ProposalKind[] getKinds() {
    return ProposalKind.values();
  }

  public Unit[] getUnits() {
    return Unit.values();
  }

  public Financing[] getFinancings() {
    return Financing.values();
  }

  public List<ChangeProposal> getAll() {
    return all;
  }

  public ChangeProposal getSelected() {
    return selected;
  }

  public List<Service> getServices() {
    return services;
  }

  public List<ServiceArea> getAreas() {
    return areas;
  }

  public Form getForm() {
    return form;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
