package se.tjanstekatalog.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/**
 * The cluster's first failover drill (issue 19, ADR 0010), only in the cluster profile:
 * {@code mvn -Pcluster verify -Dexec.skip=true}. Starts the whole cluster from empty databases
 * (3 Galera nodes, HAProxy, 2 Payara Micro nodes with the demo), logs an ekonomichef in through
 * HAProxy, kills the Payara node that served them with SIGKILL and checks that the next
 * request, on the other node, is still theirs; then kills the Galera node HAProxy writes to
 * and checks that the portal still reads through a standby. The chief's catalogue page, opened
 * and filtered on the killed node, keeps its view-scoped state on the other (ADR 0010: page
 * beans move with the session). Nodes rejoining is ClusterHealthIT's; an import running
 * while nodes die and the locked months' fingerprints (issue 19 part 3) are ClusterDrillIT's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT extends ClusterTestBase {

  @Test
  @Order(1)
  void theGaleraClusterHasThreeNodesAndBothPayaraNodesOneDataGrid() throws Exception {
    assertEquals("3", clusterSize());
    for (int node = 1; node <= 2; node++) {
      String log = payaraLog(node);
      assertTrue(log.contains("DG Size: 2"), "Payara node " + node + " saw both members");
    }
  }

  @Test
  @Order(2)
  void theChiefKeepsTheSessionWhenTheirPayaraNodeIsKilled() throws Exception {
    Page before = chief.get("index.xhtml");
    assertEquals(200, before.status());
    assertTrue(before.body().contains(ORG), "the chief's start page names their org");
    String served = before.header("X-Tk-Node");
    assertNotNull(served, "HAProxy names the node that answered");
    int node = Integer.parseInt(served.substring("payara".length()));
    // A view-scoped page on the same node: the catalogue, filtered to one area by Ajax.
    Page catalogue = chief.get("catalogue/catalogue.xhtml");
    assertEquals(served, catalogue.header("X-Tk-Node"), "sticky to the chief's node");
    Map<String, String> form = PortalClient.inputs(catalogue.body(), "cat");
    List<String[]> areas = areaOptions(catalogue.body());
    assertFalse(areas.isEmpty(), "the page's view action loaded the areas");
    String[] area = areas.get(areas.size() - 1);
    form.put("cat:area_input", area[0]);
    Page filtered = chief.ajax("catalogue/catalogue.xhtml", form, "cat:area", "cat:area",
        "cat:table");
    assertEquals(served, filtered.header("X-Tk-Node"));
    List<String> areaServices = serviceNames(filtered.body());
    assertFalse(areaServices.isEmpty(), filtered.body());
    assertNotEquals(serviceNames(catalogue.body()), areaServices,
        "the area filter changes the table (else the check below proves nothing)");

    // A page bean that holds entities: the subscriptions page keeps the catalogue's services,
    // whose levels its dialog lists (a lazy collection that must arrive loaded on the other node).
    Page subscriptions = chief.get("catalogue/subscriptions.xhtml");
    assertEquals(served, subscriptions.header("X-Tk-Node"));
    Map<String, String> subscriptionsForm = PortalClient.inputs(subscriptions.body(), "subs");

    Process victim = cluster.payara(node);
    victim.destroyForcibly(); // SIGKILL: no session handed over on the way out
    assertTrue(victim.waitFor(30, TimeUnit.SECONDS));

    Page after = chief.get("index.xhtml");
    assertEquals(200, after.status(), "not sent to the login page or an error page: "
        + after.header("Location"));
    assertNotEquals(served, after.header("X-Tk-Node"), "the other node answered");
    assertTrue(after.body().contains(ORG), "still the chief's own start page");
    assertFalse(after.body().contains("login:username"), "no login form");
    // A page the session's user bean drives (the menu, the org scope) on the new node.
    Page statement = chief.get("statements/statement.xhtml?month=2026-10");
    assertEquals(200, statement.status(), String.valueOf(statement.header("Location")));
    assertTrue(statement.body().contains(ORG));

    // The catalogue opened before the kill: an Ajax search that sends only the text field, on
    // the other node, still filters by the area chosen on the killed one. A page bean that had
    // not moved would be new here: no area (all services), or an expired view or an error.
    form.put("cat:text", "");
    form.put("jakarta.faces.behavior.event", "keyup");
    form.put("jakarta.faces.partial.event", "keyup");
    Page searched = chief.ajax("catalogue/catalogue.xhtml", form, "cat:text", "cat:text",
        "cat:table");
    assertEquals(200, searched.status());
    assertNotEquals(served, searched.header("X-Tk-Node"), "the other node answered");
    assertTrue(searched.body().contains("<update id=\"cat:table\""), searched.body());
    assertFalse(searched.body().contains("login.xhtml"), searched.body());
    assertFalse(searched.body().contains("/error/"), searched.body());
    assertEquals(areaServices, serviceNames(searched.body()),
        "the area filter of " + area[1] + " came along with the page");
    // The subscriptions page's dialog, opened on the other node, lists every service's levels.
    Page dialog = chief.ajax("catalogue/subscriptions.xhtml", subscriptionsForm, "subs:change",
        "subs:change", "levelForm");
    assertEquals(200, dialog.status());
    assertNotEquals(served, dialog.header("X-Tk-Node"), "the other node answered");
    assertTrue(dialog.body().contains("<update id=\"levelForm\""), dialog.body());
    assertTrue(dialog.body().contains(areaServices.get(0) + " – "),
        "the levels of " + areaServices.get(0) + " are offered: " + dialog.body());
    assertFalse(dialog.body().contains("/error/"), dialog.body());
    for (int n = 1; n <= 2; n++) {
      assertFalse(payaraLog(n).contains("Cannot serialize session attribute"),
          "Payara node " + n + " serialized every session attribute");
    }
  }

  /** The catalogue's area filter's options (value, name), without "all". */
  private static List<String[]> areaOptions(String html) {
    int start = html.indexOf("name=\"cat:area_input\"");
    String select = html.substring(start, html.indexOf("</select>", start));
    Matcher m = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>")
        .matcher(select);
    List<String[]> options = new ArrayList<>();
    while (m.find()) {
      options.add(new String[] {m.group(1), m.group(2)});
    }
    return options;
  }

  /** The service names in the catalogue table, in order. */
  private static List<String> serviceNames(String html) {
    Matcher m = Pattern.compile("class=\"tk-strong\">([^<]+)</a>").matcher(html);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String payaraLog(int node) throws Exception {
    return Files.readString(Path.of(System.getProperty("tk.projectDir", "."), "target",
        "cluster", "payara" + node + ".log"));
  }

  @Test
  @Order(3)
  void thePortalStillReadsWhenTheGaleraWriterIsKilled() throws Exception {
    ProcessHandle writer = cluster.galeraNode(1);
    writer.destroyForcibly();
    writer.onExit().get(30, TimeUnit.SECONDS);
    // HAProxy marks it down after two failed checks a second apart and sends to a standby.
    Thread.sleep(4000);
    Page page = chief.get("index.xhtml");
    assertEquals(200, page.status(), String.valueOf(page.header("Location")));
    assertTrue(page.body().contains(ORG));
    // Galera evicts the dead member after its suspect timeout (5 s) and a view change:
    // the two survivors form the primary component.
    awaitClusterSize("2");
  }
}
