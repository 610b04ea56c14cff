package se.tjanstekatalog.organisation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.shared.boundary.Faces;

/** ADMIN: the municipality's name (header, exports) and logo (header). */
@Named
@ViewScoped
public class SettingsBean implements Serializable {
  @Inject MunicipalityService service;

  private String name;
  private long version;
  private long logoVersion;

  public void load() {
    Municipality m = service.get();
    name = m.getName();
    version = m.getVersion();
    logoVersion = m.getLogoType() == null || m.getLogoUpdatedAt() == null ? 0
        : m.getLogoUpdatedAt().toEpochMilli();
  }

  public void save() {
    Faces.attempt(() -> {
      service.rename(name, version);
      Faces.info("settings.saved");
      load();
    });
  }

  /**
   * A logo uploaded: stored at once if it is a PNG or JPEG of at most 200 kB. Read up to one
   * byte past the limit, so that a larger file is refused without being held whole.
   */
  public void uploadLogo(FileUploadEvent event) {
    Faces.attempt(() -> {
      byte[] bytes;
      try (InputStream in = event.getFile().getInputStream()) {
        bytes = in.readNBytes(se.tjanstekatalog.organisation.control.LogoRules.MAX_BYTES + 1);
      } catch (IOException e) {
        Faces.error(null, Faces.text("import.uploadFailed"));
        return;
      }
      service.setLogo(bytes, event.getFile().getFileName());
      Faces.info("settings.logo.saved");
      load();
    });
  }

  public void removeLogo() {
    Faces.attempt(() -> {
      service.removeLogo();
      Faces.info("settings.logo.removed");
      load();
    });
  }

  /** The logo's version (0: none), for the preview's address. */
  public long getLogoVersion() {
    return logoVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
