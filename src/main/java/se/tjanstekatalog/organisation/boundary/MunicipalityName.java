package se.tjanstekatalog.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.organisation.control.MunicipalityService;

/** The header's municipality name and logo, read once per request. */
@Named
@RequestScoped
public class MunicipalityName {
  private static final Logger LOG = Logger.getLogger(MunicipalityName.class.getName());
  @Inject MunicipalityService service;
  private String name;
  private Long logoVersion;

  public String getName() {
    if (name == null) {
      name = service.name();
    }
    return name;
  }

  /** When the logo was set (the header's {@code ?v=}), or 0 when there is none. */
  public long getLogoVersion() {
    if (logoVersion == null) {
      logoVersion = service.logoVersion();
    }
    return logoVersion;
  }

  /**
   * The name for the login page, or empty when it cannot be read: the login page must show
   * even while the database is away (its form then says so on submit).
   */
  public String getNameIfKnown() {
    try {
      return getName();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "The municipality's name could not be read for the login page", e);
      return "";
    }
  }
}
