package se.tjanstekatalog.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * Who owns the current kommun's catalogue. A kommun served by another's IT nämnd has a copy
 * published from the nämnd's host (docs/adr/0007-tenancy.md, decision 4): its catalogue,
 * price lists and proposals are read-only there, and a change is refused with the nämnd's
 * kommun named. A change in the host is published to every kommun it serves once it is
 * committed ({@link CatalogueChanged}, {@link CataloguePublication}).
 */
@ApplicationScoped
public class CatalogueOwner {
  @Inject Tenancy tenancy;
  @Inject Event<CatalogueChanged> changed;

  /** A committed change of the published catalogue in the kommun that owns it. */
  public record CatalogueChanged(Tenant owner) {}

  /** Refuses a change of the catalogue in a kommun whose catalogue is published to it. */
  public void requireOwn() {
    if (isCopy()) {
      throw new RuleViolationException(new Violation("catalogue", "catalogue.error.copy",
          ownerName()));
    }
  }

  /** Whether the current kommun's catalogue is the published copy of its IT nämnd's. */
  public boolean isCopy() {
    return tenancy.current().servedBy() != null;
  }

  /** The name of the kommun whose IT nämnd owns the current kommun's catalogue. */
  private String ownerName() {
    Tenant t = tenancy.current();
    return t.servedBy() == null ? t.name()
        : tenancy.find(t.servedBy()).map(Tenant::name).orElse(t.servedBy());
  }

  /** Tells the publication that the published catalogue changed (after the commit). */
  public void changedInThisTransaction() {
    changed.fire(new CatalogueChanged(tenancy.current()));
  }
}
