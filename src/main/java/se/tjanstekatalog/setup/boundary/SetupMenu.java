package se.tjanstekatalog.setup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tjanstekatalog.setup.control.SetupService;

/**
 * Whether the menu links the setup checklist (ADMIN, IT_CONTROLLER). Application-scoped: the
 * answer is the service's cached one per kommun, and the menu asks once per request; a bean
 * made for each request cost a reference to the service with its JNDI look-ups (issue 16).
 */
@Named
@ApplicationScoped
public class SetupMenu {
  @Inject SetupService service;

  public boolean isShown() {
    return service.shown();
  }
}
