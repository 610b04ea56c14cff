package se.tjanstekatalog.shared.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trail above a portal page's heading: Start, the menu section the page sits in, the page
 * the item belongs to (a service under Tjänstekatalog, an org under Organisationer); the page
 * itself follows as the last, current crumb, named by its title. The places mirror the main
 * menu ({@code start.PortalMenu}; PortalMenuTest holds them to it). A section that is a menu
 * heading, not a page, is text without a link.
 */
@Named("breadcrumbs")
@RequestScoped
public class Breadcrumbs {
  /** One crumb above the current page: a message key, and the page it links to (or null). */
  public record Crumb(String key, String outcome) {
    public String getKey() {
      return key;
    }

    public String getOutcome() {
      return outcome;
    }
  }

  static final String START = "/index";

  /** Each page's parent place: a section heading (no outcome) or a page. */
  private static final Map<String, Crumb> PARENT = Map.ofEntries(
      Map.entry("/catalogue/service", page("nav.catalogue", "/catalogue/catalogue")),
      Map.entry("/catalogue/proposals", section("nav.maintain")),
      Map.entry("/catalogue/pricelists", section("nav.maintain")),
      Map.entry("/catalogue/areas", section("nav.maintain")),
      Map.entry("/consumption/overview", section("nav.data")),
      Map.entry("/consumption/imports", section("nav.data")),
      Map.entry("/consumption/manual", section("nav.data")),
      Map.entry("/consumption/focus", section("nav.data")),
      Map.entry("/consumption/tokens", section("nav.data")),
      Map.entry("/consumption/rates", section("nav.data")),
      Map.entry("/costing/comparison", section("nav.costing")),
      Map.entry("/costing/kommuner", section("nav.costing")),
      Map.entry("/costing/runs", section("nav.costing")),
      Map.entry("/costing/plan", section("nav.costing")),
      Map.entry("/costing/pools", section("nav.costing")),
      Map.entry("/costing/budget", section("nav.costing")),
      Map.entry("/costing/annual", section("nav.costing")),
      Map.entry("/budget/budgetunderlag", section("nav.costing")),
      Map.entry("/costing/whatif", section("nav.costing")),
      Map.entry("/statements/statement", section("nav.statements")),
      Map.entry("/statements/summary", section("nav.statements")),
      Map.entry("/statements/periods", section("nav.statements")),
      Map.entry("/statements/review", section("nav.statements")),
      Map.entry("/statements/adjustments", section("nav.statements")),
      Map.entry("/statements/accounting", section("nav.statements")),
      Map.entry("/statements/dashboard", section("nav.statements")),
      Map.entry("/organisation/org", page("nav.organisations", "/organisation/orgs")),
      Map.entry("/admin/users", section("nav.admin")),
      Map.entry("/admin/settings", section("nav.admin")),
      Map.entry("/admin/sso", section("nav.admin")),
      Map.entry("/admin/kommuner", section("nav.admin")),
      Map.entry("/admin/audit", section("nav.admin")),
      Map.entry("/admin/setup", section("nav.admin")),
      Map.entry("/devplan/plan", section("nav.devplan")),
      Map.entry("/devplan/quarters", section("nav.devplan")),
      Map.entry("/devplan/edit", section("nav.devplan")));

  /**
   * The crumbs above the page with this view id ({@code /catalogue/service.xhtml}): none on
   * the start page, else Start and the page's parents, outermost first.
   */
  public static List<Crumb> trail(String viewId) {
    String page = viewId == null ? START : viewId.replaceFirst("\\.xhtml$", "");
    List<Crumb> out = new ArrayList<>();
    if (page.equals(START)) {
      return out;
    }
    out.add(page("nav.start", START));
    Crumb parent = PARENT.get(page);
    if (parent != null) {
      Crumb section = parent.outcome() == null ? null : PARENT.get(parent.outcome());
      if (section != null) {
        out.add(section);
      }
      out.add(parent);
    }
    return out;
  }

  /** The current page's crumbs above its title. */
  public List<Crumb> getTrail() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return trail(faces == null || faces.getViewRoot() == null ? null
        : faces.getViewRoot().getViewId());
  }

  private static Crumb page(String key, String outcome) {
    return new Crumb(key, outcome);
  }

  private static Crumb section(String key) {
    return new Crumb(key, null);
  }
}
