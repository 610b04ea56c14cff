package se.tjanstekatalog.kommun.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.primefaces.PrimeFaces;
import se.tjanstekatalog.kommun.control.KommunHandoff;
import se.tjanstekatalog.kommun.control.KommunOverview;
import se.tjanstekatalog.kommun.domain.KommunYear;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.shared.Role;

/**
 * Kommunerna: the shared IT nämnd's view across the kommuner it serves, a year at a time
 * ({@code ?year=}, default this year): what each kommun pays under both models, what binds,
 * and how many of its months are computed and locked. The nämnd's controller opens a served
 * kommun from here without logging in again ({@link KommunHandoff}).
 */
@Named
@ViewScoped
public class KommunerBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KommunOverview overview;
  @Inject KommunHandoff handoff;
  @Inject CurrentCaller caller;

  private Integer year;
  private List<KommunYear> kommuner;

  /** The view action. */
  public void init() {
    if (year == null || year < 2000 || year > 2100) {
      year = Year.now().getValue();
    }
    kommuner = overview.year(Year.of(year));
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<KommunYear> getKommuner() {
    return kommuner;
  }

  /** Whether the caller may open the kommuner the nämnd serves (its controller). */
  public boolean isCanOpen() {
    return caller.is(Role.IT_CONTROLLER);
  }

  /**
   * Opens a served kommun on its own host name, logged in as the nämnd's controller there: the
   * Ajax answer carries the address ({@code args.handoff}) and the page goes there. Not a
   * redirect of the form's post: the policy's {@code form-action 'self'} stops a form whose
   * answer leads to another origin.
   */
  public void open(String kommunCode) {
    Faces.attempt(() -> {
      HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
          .getExternalContext().getRequest();
      PrimeFaces.current().ajax().addCallbackParam("handoff", handoff.open(kommunCode,
          request.getScheme(), request.getServerPort(), request.getContextPath()));
    });
  }

  public boolean isHostsOthers() {
    return kommuner != null && kommuner.size() > 1;
  }
}
