package se.tjanstekatalog.kommun.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.tjanstekatalog.kommun.control.KommunOverview;

/** Whether the menu offers the view across kommuner: only where a shared IT nämnd sits. */
@Named
@ApplicationScoped
public class KommunMenu {
  @Inject KommunOverview overview;

  public boolean isShown() {
    return overview.hostsOthers();
  }
}
