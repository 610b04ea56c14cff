package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.shared.boundary.Faces;

/** ADMIN: the municipality's name (header, exports). */
@Named
@ViewScoped
public class SettingsBean implements Serializable {
  @Inject transient MunicipalityService service;

  private String name;
  private long version;

  public void load() {
    Municipality m = service.get();
    name = m.getName();
    version = m.getVersion();
  }

  public void save() {
    Faces.attempt(() -> {
      service.rename(name, version);
      Faces.info("settings.saved");
      load();
    });
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
