package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.RowEditEvent;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueWorkbookService;
import se.tjanstekatalog.catalogue.control.CatalogueWorkbookService.Outcome;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.TkException;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * IT_CONTROLLER edits the service areas' names and descriptions in the table, and keeps the
 * whole catalogue as a workbook: the template, the export with a year's price list (links to
 * the REST downloads) and the import, whose outcome or report the page shows.
 */
@Named
@ViewScoped
public class AreasBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AreasBean.class.getName());

  @Inject CatalogueService catalogue;
  @Inject CatalogueWorkbookService workbooks;

  private List<ServiceArea> areas;
  private int year = Year.now().getValue();
  private Outcome outcome;
  private ImportReport rejected;

  public void load() {
    areas = catalogue.areas();
  }

  public void onRowEdit(RowEditEvent<ServiceArea> event) {
    ServiceArea area = event.getObject();
    Faces.attempt(() -> {
      catalogue.updateArea(area.getId(), area.getVersion(), area.getName(),
          area.getDescription());
      Faces.info("catalogue.areaSaved", area.getName());
    });
    load();
  }

  /** Reads the uploaded workbook and saves it, all or nothing. */
  public void upload(FileUploadEvent event) {
    outcome = null;
    rejected = null;
    byte[] bytes;
    try (InputStream in = event.getFile().getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      LOG.warning(() -> "Upload failed: " + e);
      Faces.error(null, Faces.text("import.uploadFailed"));
      return;
    }
    try {
      outcome = workbooks.importWorkbook(bytes, event.getFile().getFileName());
      if (outcome.unchanged()) {
        Faces.info("catalogue.workbook.unchanged");
      } else {
        Faces.info("catalogue.workbook.saved", outcome.created(), outcome.updated());
      }
      load();
    } catch (ImportRejected e) {
      rejected = e.report();
      Faces.error(null, Faces.text("import.rejected", rejected.problemCount()));
    } catch (TkException e) {
      Faces.show(e);
    }
  }

  public List<ServiceArea> getAreas() {
    return areas;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public ImportReport getRejected() {
    return rejected;
  }
}
