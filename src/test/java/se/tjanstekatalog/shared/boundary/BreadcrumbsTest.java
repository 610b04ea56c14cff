package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.boundary.Breadcrumbs.Crumb;

class BreadcrumbsTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern MENU = Pattern.compile(
      "<p:(submenu|menuitem|menubar)\\b[^>]*?(?:label|value)=\"#\\{msg\\['([^']+)'\\]\\}\""
          + "(?:[^>]*?outcome=\"([^\"]+)\")?|</p:submenu>");

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

  /** Every page of a menu section gets that section; the others only Start (or a parent). */
  @Test
  void theTrailsFollowTheMainMenu() throws IOException {
    String template = Files.readString(WEBAPP.resolve("WEB-INF/templates/portal.xhtml"));
    Map<String, String> sectionOf = new LinkedHashMap<>();
    String section = null;
    Matcher m = MENU.matcher(template);
    while (m.find()) {
      if (m.group(0).startsWith("</p:submenu")) {
        section = null;
      } else if ("submenu".equals(m.group(1))) {
        section = m.group(2);
      } else if ("menuitem".equals(m.group(1)) && m.group(3) != null) {
        sectionOf.put(m.group(3), section);
      }
    }
    assertTrue(sectionOf.size() > 25, "the menu is read: " + sectionOf);
    for (Map.Entry<String, String> e : sectionOf.entrySet()) {
      List<Crumb> trail = Breadcrumbs.trail(e.getKey() + ".xhtml");
      List<Crumb> expected = new ArrayList<>();
      if (!e.getKey().equals("/index")) {
        expected.add(new Crumb("nav.start", "/index"));
      }
      if (e.getValue() != null) {
        expected.add(new Crumb(e.getValue(), null));
      }
      assertEquals(expected, trail, e.getKey());
    }
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
