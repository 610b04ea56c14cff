package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.RowEditEvent;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.shared.boundary.Faces;

/** IT_CONTROLLER edits the service areas' names and descriptions in the table. */
@Named
@ViewScoped
public class AreasBean implements Serializable {
  @Inject transient CatalogueService catalogue;

  private List<ServiceArea> areas;

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

  public List<ServiceArea> getAreas() {
    return areas;
  }
}
