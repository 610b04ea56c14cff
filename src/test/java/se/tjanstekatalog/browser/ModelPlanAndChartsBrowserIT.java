package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.tjanstekatalog.shared.boundary.ChartPalette;

/**
 * Issue 16, items 5 and 12, in a browser whose language is English: the model plan's timeline
 * speaks the portal's Swedish ("jan, apr, jul, okt", not the browser's English nor the Ukrainian
 * vis-timeline fell back to) and its bars have the legend's colours; the comparison's money
 * axis starts at zero, its bars' tooltips name the orgs and its legend swatches are the series'
 * colours. Reads only: the demo as any class leaves it.
 */
class ModelPlanAndChartsBrowserIT extends BrowserTestBase {
  private static final Set<String> SWEDISH_MONTHS = Set.of("jan", "feb", "mar", "apr", "maj",
      "jun", "jul", "aug", "sep", "okt", "nov", "dec");

  @Override
  protected String browserLanguage() {
    return "en-US";
  }

  @Test
  void planTimelineInSwedishWithTheLegendsColoursInAnEnglishBrowser() {
    browser.login("ekonom.gsf");
    assertEquals(List.of("en-US", "en"), browser.js("return navigator.languages;"),
        "the browser is English");
    browser.menu("Beräkning och jämförelse", "Modellplan");
    browser.assertTitle("Modellplan");
    browser.waitFor(By.cssSelector(".tk-timeline .vis-item.tk-model-allocation"));

    assertSwedishMonths("as the page opens");
    // Whatever moment.js's global locale is (the browser's language, or what another script
    // set), the timeline keeps the portal's: set it to English and draw the axis again.
    browser.js("vis.moment.locale('en'); PF('widget_plan_timeline').getInstance().redraw();");
    assertSwedishMonths("drawn again with moment.js set to English");

    @SuppressWarnings("unchecked")
    Map<String, String> legend = (Map<String, String>) browser.js("var m = {};"
        + " document.querySelectorAll('.tk-legend li').forEach(li => { var c = li.cloneNode(true);"
        + " c.querySelectorAll('.tk-term-tip').forEach(t => t.remove());" // the glossary tooltips
        + " m[c.textContent.replace(/\\s+/g, ' ').trim()] ="
        + " getComputedStyle(li.querySelector('.tk-swatch')).backgroundColor; }); return m;");
    assertEquals(Map.of(
        "Internfakturering skarp", rgb(ChartPalette.CHARGEBACK),
        "Solidarisk fördelning skarp", rgb(ChartPalette.ALLOCATION)), legend);
    for (String model : List.of("chargeback", "allocation")) {
      @SuppressWarnings("unchecked")
      List<String> bars = (List<String>) browser.js("return Array.from(document.querySelectorAll("
          + "'.tk-timeline .vis-item.tk-model-" + model + "')).map(e =>"
          + " getComputedStyle(e).backgroundColor);");
      String colour = rgb(model.equals("chargeback") ? ChartPalette.CHARGEBACK
          : ChartPalette.ALLOCATION);
      assertTrue(!bars.isEmpty() && bars.stream().allMatch(colour::equals),
          model + " bars " + bars + " should be " + colour);
    }
    browser.checkAccessibility("model plan in an English browser");
    browser.screenshot("model-plan");
  }

  @Test
  void comparisonChartsStartAtZeroNameTheOrgsAndHaveCleanSwatches() {
    browser.login("it");
    browser.menu("Beräkning och jämförelse", "Jämförelse av modellerna");
    browser.assertTitle("Jämförelse av modellerna");
    String trend = "document.querySelector(\"[id$='trendChart'] canvas\")";
    String difference = "document.querySelector(\"[id$='differenceChart'] canvas\")";
    browser.waitUntil("both charts drawn", () -> Boolean.TRUE.equals(browser.js(
        "return !!(window.Chart && " + trend + " && Chart.getChart(" + trend + ") && "
            + difference + " && Chart.getChart(" + difference + "));")));

    assertEquals(0L, ((Number) browser.js("return Chart.getChart(" + trend + ").scales.y.min;"))
        .longValue(), "the money axis starts at zero");

    String title = (String) browser.js("var c = Chart.getChart(" + difference + ");"
        + " return c.options.plugins.tooltip.callbacks.title.call(c.tooltip,"
        + " [{dataIndex: c.data.labels.indexOf('GSF')}]);");
    assertEquals("Grundskoleförvaltningen (GSF)", title);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> swatches = (List<Map<String, Object>>) browser.js(
        "return Chart.getChart(" + trend + ").legend.legendItems.map(i => ({text: i.text,"
            + " fill: i.fillStyle, stroke: i.strokeStyle, width: i.lineWidth,"
            + " dash: (i.lineDash || []).length}));");
    assertEquals(4, swatches.size(), swatches.toString());
    Map<String, String> colours = Map.of("Skarpt", ChartPalette.BINDING,
        "Skugga", ChartPalette.SHADOW, "Internfakturering", ChartPalette.CHARGEBACK,
        "Solidarisk fördelning", ChartPalette.ALLOCATION);
    for (Map<String, Object> swatch : swatches) {
      assertEquals(colours.get((String) swatch.get("text")), swatch.get("fill"), swatch.toString());
      assertEquals(0L, ((Number) swatch.get("width")).longValue(), "no border: " + swatch);
      assertEquals(0L, ((Number) swatch.get("dash")).longValue(), "no dashes: " + swatch);
    }
    browser.checkAccessibility("model comparison in an English browser");
    browser.screenshot("model-comparison-charts");
  }

  private void assertSwedishMonths(String when) {
    @SuppressWarnings("unchecked")
    List<String> minor = (List<String>) browser.js("return Array.from(document.querySelectorAll("
        + "'.tk-timeline .vis-time-axis .vis-text.vis-minor')).map(e => e.textContent.trim())"
        + ".filter(t => /[^0-9\\s]/.test(t));");
    assertTrue(minor.size() >= 4, when + ", month names on the axis: " + minor);
    assertTrue(SWEDISH_MONTHS.containsAll(minor), when + ", Swedish month names only: " + minor);
    assertTrue(minor.containsAll(List.of("jan", "apr", "jul", "okt")), when + ": " + minor);
  }

  /** A palette colour ({@code #rrggbb}) as the browser computes it. */
  private static String rgb(String hex) {
    int value = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (value >> 16) + ", " + (value >> 8 & 0xff) + ", " + (value & 0xff) + ")";
  }
}
