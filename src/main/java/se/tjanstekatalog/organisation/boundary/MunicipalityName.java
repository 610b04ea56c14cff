package se.tjanstekatalog.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.shared.boundary.RequestMemo;

/**
 * The header's municipality name and logo, read once per request (kept in the request).
 * Application-scoped, so a page does not make a bean and a reference to the service for it:
 * each such reference loads the service's class under the class loader's lock, which 50
 * requests at once queued on (issue 16, docs/OPERATIONS.md).
 */
@Named
@ApplicationScoped
public class MunicipalityName {
  private static final Logger LOG = Logger.getLogger(MunicipalityName.class.getName());
  private static final String NAME = MunicipalityName.class.getName() + ".name";
  private static final String LOGO = MunicipalityName.class.getName() + ".logo";
  @Inject MunicipalityService service;
  @Inject HttpServletRequest request;

  public String getName() {
    return RequestMemo.once(request, NAME, String.class, service::name);
  }

  /** When the logo was set (the header's {@code ?v=}), or 0 when there is none. */
  public long getLogoVersion() {
    return RequestMemo.once(request, LOGO, Long.class, service::logoVersion);
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
