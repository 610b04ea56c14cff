package se.tjanstekatalog.setup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tjanstekatalog.setup.control.SetupService;

/** Whether the menu links the setup checklist, asked once per request (ADMIN, IT_CONTROLLER). */
@Named
@RequestScoped
public class SetupMenu {
  @Inject SetupService service;
  private Boolean shown;

  public boolean isShown() {
    if (shown == null) {
      shown = service.shown();
    }
    return shown;
  }
}
