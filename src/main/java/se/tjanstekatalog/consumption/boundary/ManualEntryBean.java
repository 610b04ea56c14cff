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

/** Registrera förbrukning: one service × one month, a cell per org and level. */
@Named
@ViewScoped
public class ManualEntryBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ManualEntryService service;

  private String period = SwedishFormat.month(YearMonth.now());
  private String serviceCode;
  private List<ManualEntryService.ServiceChoice> services;
  private ManualGrid grid;

  public void load() {
    if (services == null) {
      services = service.services();
    }
    if (serviceCode == null && !services.isEmpty()) {
      serviceCode = services.get(0).code();
    }
    YearMonth month;
    try {
      month = SwedishFormat.parseMonth(period);
    } catch (DateTimeParseException e) {
      Faces.error(null, Faces.text("import.problem.periodInvalid"));
      return;
    }
    Faces.attempt(() -> grid = service.grid(month, serviceCode));
  }

  public void save() {
    if (grid != null && Faces.attempt(() -> {
      int saved = service.save(grid);
      Faces.info("manual.saved", saved, grid.getServiceCode(), SwedishFormat.month(grid.getPeriod()));
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

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public List<ManualEntryService.ServiceChoice> getServices() {
    return services;
  }

  public ManualGrid getGrid() {
    return grid;
  }
}
