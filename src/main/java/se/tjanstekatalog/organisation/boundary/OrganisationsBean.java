package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * The org register page: everyone browses; ADMIN creates and edits in a dialog or imports a
 * workbook (all rows or none, with the row report of a refused file).
 */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {
  private static final Logger LOG = Logger.getLogger(OrganisationsBean.class.getName());
  @Inject OrganisationService service;

  private ImportReport rejected;
  private OrganisationService.WorkbookOutcome imported;

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

  /** A workbook uploaded: imported at once, or refused whole with its problems listed. */
  public void upload(FileUploadEvent event) {
    rejected = null;
    imported = null;
    String given = event.getFile().getFileName() == null ? "" : event.getFile().getFileName();
    String fileName = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'))
        + 1);
    Path temp = null;
    try (InputStream in = event.getFile().getInputStream()) {
      temp = Files.createTempFile("tk-orgs-", ".upload");
      Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      imported = service.importWorkbook(TabularFile.open(temp), fileName);
      Faces.info("orgRegister.imported", imported.created().size(), imported.changed().size(),
          imported.unchanged());
      load();
      filtered = null;
    } catch (ImportRejected e) {
      rejected = e.report();
      Faces.error(null, Faces.text("import.rejected", rejected.problemCount()));
    } catch (IOException e) {
      LOG.warning(() -> "Upload failed: " + e);
      Faces.error(null, Faces.text("import.uploadFailed"));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warning(() -> "Could not delete " + e);
        }
      }
    }
  }

  public ImportReport getRejected() {
    return rejected;
  }

  public OrganisationService.WorkbookOutcome getImported() {
    return imported;
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
