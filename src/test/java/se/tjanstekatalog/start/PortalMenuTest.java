package se.tjanstekatalog.start;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;
import org.primefaces.model.menu.Submenu;
import se.tjanstekatalog.shared.boundary.Breadcrumbs;
import se.tjanstekatalog.shared.boundary.Breadcrumbs.Crumb;
import se.tjanstekatalog.start.PortalMenu.Facts;

class PortalMenuTest {
  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  /** Each entry as "id" or "id[child child ...]", in menu order. */
  private static List<String> outline(MenuModel model) {
    List<String> out = new ArrayList<>();
    for (MenuElement e : model.getElements()) {
      if (e instanceof Submenu s) {
        out.add(s.getId() + s.getElements().stream().map(MenuElement::getId).toList());
      } else {
        out.add(e.getId());
      }
    }
    return out;
  }

  @Test
  void aViewerSeesTheCatalogueTheStatementAndTheRegistersOnly() {
    MenuModel menu = PortalMenu.build(new Facts(false, false, false, true, false, false, SV, ""));
    assertEquals(List.of("mStart", "mCatalogue", "mSubscriptions", "mData[mConsumption]",
        "mStatements[mStatement]", "mOrgs", "mKeys", "mDevPlan[mDevPlanPlan, mDevPlanQuarters]"),
        outline(menu));
  }

  @Test
  void aFinanceChiefMaintainsProposalsReviewsAndSeesTheDashboard() {
    MenuModel menu = PortalMenu.build(new Facts(false, true, false, false, false, false, SV, ""));
    assertEquals(List.of("mStart", "mCatalogue", "mSubscriptions", "mMaintain[mProposals]",
        "mData[mConsumption]",
        "mCosting[mComparison, mPlan, mBudget, mAnnual, mBudgetBasis]",
        "mStatements[mStatement, mStatementSummary, mReview, mDashboard]", "mOrgs", "mKeys",
        "mDevPlan[mDevPlanPlan, mDevPlanQuarters]"), outline(menu));
  }

  @Test
  void theControllerSeesEveryWorkingPageAndTheKommunViewAndSetupOnlyWhereOffered() {
    List<String> offered = outline(PortalMenu.build(
        new Facts(true, false, false, false, true, true, SV, "")));
    assertEquals("mCosting[mComparison, mKommuner, mRuns, mPlan, mPools, mBudget, mAnnual,"
        + " mBudgetBasis, mWhatIf]", offered.get(5));
    assertEquals("mAdmin[mSetup, mAudit]", offered.get(offered.size() - 1));
    List<String> plain = outline(PortalMenu.build(
        new Facts(true, false, false, false, false, false, SV, "")));
    assertEquals("mCosting[mComparison, mRuns, mPlan, mPools, mBudget, mAnnual, mBudgetBasis,"
        + " mWhatIf]", plain.get(5));
    assertEquals("mAdmin[mAudit]", plain.get(plain.size() - 1));
    assertEquals("mData[mConsumption, mImports, mManual, mFocus, mRates, mTokens]",
        plain.get(4));
  }

  @Test
  void theAdminHasTheAdministrationAndNoCatalogueMaintenance() {
    List<String> menu = outline(PortalMenu.build(
        new Facts(false, false, true, false, true, true, SV, "")));
    assertEquals("mAdmin[mSetup, mUsers, mSettings, mSso, mKommunAdmin, mAudit]",
        menu.get(menu.size() - 1));
    assertEquals("mCosting[mComparison, mKommuner, mPlan, mBudget, mAnnual, mBudgetBasis]",
        menu.get(4));
    assertEquals("mStatements[mStatement, mStatementSummary, mAccounting, mDashboard]",
        menu.get(5));
  }

  /** Every page of a menu section gets that section as its crumb; the others only Start. */
  @Test
  void theBreadcrumbsFollowTheMenu() {
    int pages = 0;
    for (PortalMenu.Entry entry : PortalMenu.ENTRIES) {
      List<PortalMenu.Entry> links = entry.submenu() ? entry.items() : List.of(entry);
      for (PortalMenu.Entry link : links) {
        List<Crumb> expected = new ArrayList<>();
        if (!link.outcome().equals("/index")) {
          expected.add(new Crumb("nav.start", "/index"));
        }
        if (entry.submenu()) {
          expected.add(new Crumb(entry.key(), null));
        }
        assertEquals(expected, Breadcrumbs.trail(link.outcome() + ".xhtml"), link.outcome());
        pages++;
      }
    }
    assertEquals(39, pages, "the menu's pages: 5 at the top, 34 in 7 sections");
  }

  @Test
  void linksArePlainUrlsUnderTheContextPathWithSwedishLabels() {
    MenuModel menu = PortalMenu.build(new Facts(false, false, false, true, false, false, SV,
        "/tk"));
    DefaultMenuItem catalogue = (DefaultMenuItem) menu.getElements().get(1);
    assertEquals("/tk/catalogue/catalogue.xhtml", catalogue.getUrl());
    assertEquals("Tjänstekatalog", catalogue.getValue());
    Submenu statements = (Submenu) menu.getElements().get(4);
    assertEquals("Månadsbesked", statements.getLabel());
    assertEquals("/tk/statements/statement.xhtml",
        ((DefaultMenuItem) statements.getElements().get(0)).getUrl());
  }
}
