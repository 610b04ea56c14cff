package se.tjanstekatalog.start;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;
import se.tjanstekatalog.kommun.boundary.KommunMenu;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.setup.boundary.SetupMenu;
import se.tjanstekatalog.shared.Messages;

/**
 * The portal's menu, the template's menubar: which entries a caller sees ({@link #ENTRIES}),
 * built into a PrimeFaces menu model once per combination of what decides them (the caller's
 * roles, whether the view across kommuner and the setup checklist are offered, the language)
 * and shared by every request with that combination.
 *
 * <p>Written in the template as 39 menu items, the menu was a component tree built, its
 * labels and rules evaluated and each item's outcome resolved to a URL by the navigation
 * handler on every page view: about a quarter of the time of the simplest page under load
 * (docs/OPERATIONS.md, issue 16). The model is read-only once built; its links are plain URLs,
 * so its markup is written once too ({@link SharedMenubarRenderer}).
 */
@Named
@RequestScoped
public class PortalMenu {
  /** What decides the menu's entries and their texts and links. */
  record Facts(boolean controller, boolean orgFinance, boolean admin, boolean viewer,
      boolean kommunView, boolean setup, Locale locale, String contextPath) {}

  /** A link to a page, or (with items) a submenu; shown where {@code shown} holds. */
  record Entry(String id, String key, String outcome, String icon, Predicate<Facts> shown,
      List<Entry> items) {
    boolean submenu() {
      return outcome == null;
    }
  }

  private static Entry link(String id, String key, String outcome, String icon,
      Predicate<Facts> shown) {
    return new Entry(id, key, outcome, icon, shown, List.of());
  }

  private static Entry link(String id, String key, String outcome, Predicate<Facts> shown) {
    return link(id, key, outcome, null, shown);
  }

  private static Entry submenu(String id, String key, String icon, Predicate<Facts> shown,
      Entry... items) {
    return new Entry(id, key, null, icon, shown, List.of(items));
  }

  private static final Predicate<Facts> ALL = f -> true;
  private static final Predicate<Facts> CONTROLLER = Facts::controller;
  private static final Predicate<Facts> ADMIN = Facts::admin;

  /**
   * The menu, in order. The ids name the entries here and in PortalMenuTest; PrimeFaces writes
   * no id for a model's items, so tests find a menu link by its address.
   */
  static final List<Entry> ENTRIES = List.of(
      link("mStart", "nav.start", "/index", "pi pi-home", ALL),
      link("mCatalogue", "nav.catalogue", "/catalogue/catalogue", "pi pi-book", ALL),
      link("mSubscriptions", "nav.subscriptions", "/catalogue/subscriptions",
          "pi pi-check-square", ALL),
      submenu("mMaintain", "nav.maintain", "pi pi-briefcase",
          f -> f.controller() || f.orgFinance(),
          link("mProposals", "nav.proposals", "/catalogue/proposals", ALL),
          link("mPriceLists", "nav.priceLists", "/catalogue/pricelists", CONTROLLER),
          link("mAreas", "nav.areas", "/catalogue/areas", CONTROLLER)),
      submenu("mData", "nav.data", "pi pi-upload", ALL,
          link("mConsumption", "nav.consumption", "/consumption/overview", ALL),
          link("mImports", "nav.imports", "/consumption/imports", CONTROLLER),
          link("mManual", "nav.manual", "/consumption/manual", CONTROLLER),
          link("mFocus", "nav.focus", "/consumption/focus", CONTROLLER),
          link("mRates", "nav.rates", "/consumption/rates", CONTROLLER),
          link("mTokens", "nav.tokens", "/consumption/tokens", CONTROLLER)),
      submenu("mCosting", "nav.costing", "pi pi-chart-bar",
          f -> f.controller() || f.orgFinance() || f.admin(),
          link("mComparison", "nav.comparison", "/costing/comparison", ALL),
          link("mKommuner", "nav.kommuner", "/costing/kommuner", Facts::kommunView),
          link("mRuns", "nav.costingRuns", "/costing/runs", CONTROLLER),
          link("mPlan", "nav.costingPlan", "/costing/plan", ALL),
          link("mPools", "nav.costingPools", "/costing/pools", CONTROLLER),
          link("mBudget", "nav.costingBudget", "/costing/budget", ALL),
          link("mAnnual", "nav.annualReport", "/costing/annual", ALL),
          link("mBudgetBasis", "nav.budgetBasis", "/budget/budgetunderlag", ALL),
          link("mWhatIf", "nav.costingWhatIf", "/costing/whatif", CONTROLLER)),
      submenu("mStatements", "nav.statements", "pi pi-check-square", ALL,
          link("mStatement", "nav.statement", "/statements/statement", ALL),
          link("mStatementSummary", "nav.statementSummary", "/statements/summary",
              f -> !f.viewer()),
          link("mPeriods", "nav.periods", "/statements/periods", CONTROLLER),
          link("mReview", "nav.review", "/statements/review",
              f -> f.controller() || f.orgFinance()),
          link("mAdjustments", "nav.adjustments", "/statements/adjustments", CONTROLLER),
          link("mAccounting", "nav.accounting", "/statements/accounting",
              f -> f.controller() || f.admin()),
          link("mDashboard", "nav.dashboard", "/statements/dashboard",
              f -> f.controller() || f.orgFinance() || f.admin())),
      link("mOrgs", "nav.organisations", "/organisation/orgs", "pi pi-sitemap", ALL),
      link("mKeys", "nav.keyValues", "/organisation/keyvalues", "pi pi-table", ALL),
      submenu("mDevPlan", "nav.devplan", "pi pi-flag", ALL,
          link("mDevPlanPlan", "nav.devplanPlan", "/devplan/plan", ALL),
          link("mDevPlanQuarters", "nav.devplanQuarters", "/devplan/quarters", ALL),
          link("mDevPlanEdit", "nav.devplanEdit", "/devplan/edit", CONTROLLER)),
      submenu("mAdmin", "nav.admin", "pi pi-cog", f -> f.admin() || f.controller(),
          link("mSetup", "nav.setup", "/admin/setup", Facts::setup),
          link("mUsers", "nav.users", "/admin/users", ADMIN),
          link("mSettings", "nav.settings", "/admin/settings", ADMIN),
          link("mSso", "nav.sso", "/admin/sso", ADMIN),
          link("mKommunAdmin", "nav.kommunAdmin", "/admin/kommuner", ADMIN),
          link("mAudit", "nav.audit", "/admin/audit", ALL)));

  /** The models built so far: one per combination of facts, a few dozen at most. */
  private static final Map<Facts, MenuModel> MODELS = new ConcurrentHashMap<>();

  @Inject CurrentUser currentUser;
  @Inject KommunMenu kommunMenu;
  @Inject SetupMenu setupMenu;
  /** This request's menu: the menubar asks for its model several times while it renders. */
  private MenuModel model;

  /** The caller's menu. */
  public MenuModel getModel() {
    if (model != null) {
      return model;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean controller = currentUser.isController();
    boolean admin = currentUser.isAdmin();
    // The view across kommuner and the setup checklist are asked about only where the role
    // could see them, as the template asked before (each costs a look-up).
    Facts facts = new Facts(controller, currentUser.isOrgFinance(), admin,
        currentUser.isViewer(), (controller || admin) && kommunMenu.isShown(),
        (controller || admin) && setupMenu.isShown(), faces.getViewRoot().getLocale(),
        faces.getExternalContext().getRequestContextPath());
    model = MODELS.computeIfAbsent(facts, PortalMenu::build);
    return model;
  }

  static MenuModel build(Facts facts) {
    SharedMenuModel model = new SharedMenuModel();
    for (Entry entry : ENTRIES) {
      MenuElement element = element(entry, facts);
      if (element != null) {
        model.getElements().add(element);
      }
    }
    return model;
  }

  private static MenuElement element(Entry entry, Facts facts) {
    if (!entry.shown().test(facts)) {
      return null;
    }
    String label = Messages.get(facts.locale(), entry.key());
    if (!entry.submenu()) {
      return DefaultMenuItem.builder().id(entry.id()).value(label).icon(entry.icon())
          .url(facts.contextPath() + entry.outcome() + ".xhtml").build();
    }
    List<MenuElement> items = new ArrayList<>();
    for (Entry item : entry.items()) {
      MenuElement element = element(item, facts);
      if (element != null) {
        items.add(element);
      }
    }
    return DefaultSubMenu.builder().id(entry.id()).label(label).icon(entry.icon())
        .elements(items).build();
  }
}
