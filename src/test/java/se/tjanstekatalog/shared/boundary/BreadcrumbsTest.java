package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.boundary.Breadcrumbs.Crumb;

class BreadcrumbsTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  @Test
  void aServiceSitsUnderTheCatalogue() {
    assertEquals(List.of(new Crumb("nav.start", "/index"),
        new Crumb("nav.catalogue", "/catalogue/catalogue")),
        Breadcrumbs.trail("/catalogue/service.xhtml"));
  }

  @Test
  void aPageInAMenuSectionHasTheSectionAsText() {
    assertEquals(List.of(new Crumb("nav.start", "/index"), new Crumb("nav.statements", null)),
        Breadcrumbs.trail("/statements/dashboard.xhtml"));
  }

  @Test
  void theStartPageHasNoCrumbsAboveItAndATopLevelPageOnlyStart() {
    assertEquals(List.of(), Breadcrumbs.trail("/index.xhtml"));
    assertEquals(List.of(new Crumb("nav.start", "/index")),
        Breadcrumbs.trail("/catalogue/catalogue.xhtml"));
    assertEquals(List.of(new Crumb("nav.start", "/index")),
        Breadcrumbs.trail("/notifications.xhtml"));
  }

  /** Each portal page that is not in the menu is an item under a menu page, or top level. */
  @Test
  void everyPortalPageHasATrail() throws IOException {
    List<String> pages;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      pages = files.filter(f -> f.toString().endsWith(".xhtml"))
          .filter(f -> !f.startsWith(WEBAPP.resolve("WEB-INF"))
              && !f.startsWith(WEBAPP.resolve("resources")))
          .filter(f -> read(f).contains("templates/portal.xhtml"))
          .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
    assertTrue(pages.size() > 30, "pages: " + pages);
    for (String page : pages) {
      List<Crumb> trail = Breadcrumbs.trail(page);
      if (!page.equals("/index.xhtml")) {
        assertEquals(new Crumb("nav.start", "/index"), trail.get(0), page);
      }
      for (Crumb c : trail) {
        if (c.outcome() != null) {
          assertTrue(Files.exists(WEBAPP.resolve(c.outcome().substring(1) + ".xhtml")),
              page + " links to " + c.outcome());
        }
      }
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
