package se.tjanstekatalog.consumption.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.tjanstekatalog.consumption.control.ManualEntryService;
import se.tjanstekatalog.consumption.control.ManualGrid;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/** Registrera förbrukning: one service or one service area × one month, a cell per org and level. */
@Named
@ViewScoped
public class ManualEntryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ManualEntryService service;

  private String period = SwedishFormat.month(YearMonth.now());
  private ManualGrid.Scope scope = ManualGrid.Scope.SERVICE;
  private String serviceCode;
  private String areaCode;
  private List<ManualEntryService.Choice> services;
  private List<ManualEntryService.Choice> areas;
  private ManualGrid grid;

  public void load() {
    if (services == null) {
      services = service.services();
      areas = service.areas();
    }
    if (serviceCode == null && !services.isEmpty()) {
      serviceCode = services.get(0).code();
    }
    if (areaCode == null && !areas.isEmpty()) {
      areaCode = areas.get(0).code();
    }
    YearMonth month;
    try {
      month = SwedishFormat.parseMonth(period);
    } catch (DateTimeParseException e) {
      grid = null;
      Faces.error(null, Faces.text("import.problem.periodInvalid"));
      return;
    }
    if (!Faces.attempt(() -> grid = scope == ManualGrid.Scope.AREA
        ? service.areaGrid(month, areaCode) : service.grid(month, serviceCode))) {
      grid = null;
    }
  }

  public void save() {
    if (grid != null && Faces.attempt(() -> {
      ManualEntryService.Saved saved = service.save(grid);
      String month = SwedishFormat.month(grid.getPeriod());
      if (saved.services() == 0) {
        Faces.info("manual.unchanged");
      } else if (grid.isArea()) {
        Faces.info("manual.savedArea", saved.cells(), saved.services(), grid.getScopeName(),
            month);
      } else {
        Faces.info("manual.saved", saved.cells(), grid.getScopeCode(), month);
      }
    })) {
      load();
    }
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public ManualGrid.Scope getScope() {
    return scope;
  }

  public void setScope(ManualGrid.Scope scope) {
    this.scope = scope == null ? ManualGrid.Scope.SERVICE : scope;
  }

  public boolean isArea() {
    return scope == ManualGrid.Scope.AREA;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public List<ManualEntryService.Choice> getServices() {
    return services;
  }

  public List<ManualEntryService.Choice> getAreas() {
    return areas;
  }

  public ManualGrid getGrid() {
    return grid;
  }
}
