package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/**
 * The demo's two kommuner: Sjöstad (the home kommun, whose IT nämnd is shared) and Ekby, which
 * the nämnd serves. After Sjöstad's demo is in place, Ekby is added to the directory with its
 * own database, reached at {@code ekby.localhost}; start-up then prepares it like any kommun
 * (Sjöstad's catalogue is published into it before its demo data, {@link
 * se.tjanstekatalog.catalogue.control.CataloguePublication}). Ekby's consumption and
 * computed months come from the same start-up observers as Sjöstad's; the month workflow and
 * budget demo stay Sjöstad's.
 */
@ApplicationScoped
public class DemoKommuner {
  private static final Logger LOG = Logger.getLogger(DemoKommuner.class.getName());
  static final String EKBY = "ekby";
  static final String EKBY_NAME = "Ekby kommun";
  /** Browsers and curl reach {@code *.localhost} on the loopback address. */
  static final String EKBY_HOST = "ekby.localhost";
  static final String SJOSTAD_NAME = "Sjöstads kommun";
  /** The demo's motpart for the kommuner Sjöstad's nämnd bills (outside Sjöstad's group). */
  static final String KOMMUN_COUNTERPART = "83";

  @Inject Tenancy tenancy;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  /** Sjöstad's demo is complete (every other observer ran): add Ekby if it is not there yet. */
  void addEkby(@Observes @Priority(Interceptor.Priority.APPLICATION + 5000)
      Bootstrap.SchemaReady ready) {
    if (!demo || !ready.home() || tenancy.find(EKBY).isPresent()) {
      return;
    }
    tenancy.rename(ready.tenant().code(), SJOSTAD_NAME);
    try {
      tenancy.register(new Tenancy.NewKommun(EKBY, EKBY_NAME, List.of(EKBY_HOST),
          ready.tenant().code()));
    } catch (RuntimeException e) {
      // An external database user without the right to create databases: Sjöstad alone.
      LOG.log(Level.WARNING, "The demo's second kommun, Ekby, could not be added (the"
          + " database user needs ALL on `<database>\\_%`.*); the demo has Sjöstad only", e);
    }
  }
}
