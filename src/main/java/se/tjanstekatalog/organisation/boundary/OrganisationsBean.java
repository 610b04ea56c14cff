package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.boundary.Faces;

/** The org register page: everyone browses; ADMIN creates and edits in a dialog. */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {
  @Inject transient OrganisationService service;

  private List<OrgUnit> orgs;
  private List<OrgUnit> filtered;
  private Form form = new Form();

  /** The dialog's fields, mutable for JSF; {@code id == null} while creating. */
  public static class Form implements Serializable {
    private Long id;
    private long version;
    private String code;
    private String name;
    private OrgKind kind = OrgKind.ADMINISTRATION;
    private String costCentre;
    private String counterpartCode = "1";
    private LocalDate activeFrom = LocalDate.now().withDayOfMonth(1);
    private LocalDate activeTo;

    static Form of(OrgUnitData d) {
      Form f = new Form();
      f.id = d.id();
      f.version = d.version();
      f.code = d.code();
      f.name = d.name();
      f.kind = d.kind();
      f.costCentre = d.costCentre();
      f.counterpartCode = d.counterpartCode();
      f.activeFrom = d.activeFrom();
      f.activeTo = d.activeTo();
      return f;
    }

    OrgUnitData toData() {
      return new OrgUnitData(id, version, code, name, kind, costCentre, counterpartCode,
          activeFrom, activeTo);
    }

    public Long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public OrgKind getKind() {
      return kind;
    }

    public void setKind(OrgKind kind) {
      this.kind = kind;
    }

    public String getCostCentre() {
      return costCentre;
    }

    public void setCostCentre(String costCentre) {
      this.costCentre = costCentre;
    }

    public String getCounterpartCode() {
      return counterpartCode;
    }

    public void setCounterpartCode(String counterpartCode) {
      this.counterpartCode = counterpartCode;
    }

    public LocalDate getActiveFrom() {
      return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
      this.activeFrom = activeFrom;
    }

    public LocalDate getActiveTo() {
      return activeTo;
    }

    public void setActiveTo(LocalDate activeTo) {
      this.activeTo = activeTo;
    }
  }

  public void load() {
    orgs = service.all();
  }

  public void startCreate() {
    form = new Form();
  }

  public void startEdit(OrgUnit org) {
    form = Form.of(org.toData());
  }

  public void save() {
    Faces.attempt(() -> {
      OrgUnit saved = service.save(form.toData());
      Faces.info(form.id == null ? "org.created" : "org.saved", saved.getName());
      PrimeFaces.current().executeScript("PF('orgDialog').hide()");
      load();
      filtered = null;
    });
  }

  public OrgKind[] getKinds() {
    return OrgKind.values();
  }

  public List<OrgUnit> getOrgs() {
    return orgs;
  }

  public List<OrgUnit> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<OrgUnit> filtered) {
    this.filtered = filtered;
  }

  public Form getForm() {
    return form;
  }
}
