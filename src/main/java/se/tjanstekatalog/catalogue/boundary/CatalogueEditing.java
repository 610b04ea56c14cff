package se.tjanstekatalog.catalogue.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tjanstekatalog.catalogue.control.CatalogueOwner;
import se.tjanstekatalog.security.boundary.CurrentUser;

/**
 * Whether the catalogue pages offer their editing controls: to the IT controller of a kommun
 * that owns its catalogue. In a kommun a shared IT nämnd serves the catalogue is the nämnd's
 * published copy; its pages say so (without naming the nämnd's kommun: nothing of another
 * kommun's is shown there) and offer nothing that the service would refuse.
 */
@Named
@RequestScoped
public class CatalogueEditing {
  @Inject CurrentUser user;
  @Inject CatalogueOwner owner;

  /** The caller may change the catalogue here. */
  public boolean isAllowed() {
    return user.isController() && !owner.isCopy();
  }

  /** The catalogue here is a served kommun's copy of its nämnd's. */
  public boolean isCopy() {
    return owner.isCopy();
  }
}
