package se.tjanstekatalog.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.testsupport.Deployments;
import se.tjanstekatalog.testsupport.PortalClient;
import se.tjanstekatalog.testsupport.PortalClient.Page;
import se.tjanstekatalog.testsupport.TestDatabase;
import se.tjanstekatalog.testsupport.TestPeriods;

/**
 * The model plan and the pools' settings through their pages, as the browser posts them, with
 * the effect checked in the database: a plan change recomputes the computed months from its
 * month (and nothing is saved when that fails), a pool change marks months stale until they
 * are recomputed, refusals are in Swedish and save nothing. Every test leaves the shared demo
 * database as it found it (other container tests read the same plan, pools and results).
 */
@ExtendWith(ArquillianExtension.class)
class PlanAndPoolsIT {
  private static final String PLAN = "costing/plan.xhtml";
  private static final String POOLS = "costing/pools.xhtml";
  private static final Pattern MESSAGE =
      Pattern.compile("ui-messages-(?:info|error)-summary\">([^<]*)<");

  @Deployment(testable = false)
  static WebArchive portal() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  @Test
  void controllerAndFinanceSeeTheArbetsplatsSwitchButOnlyTheControllerCanEdit() {
    for (String user : List.of("it", "ekonom.gsf", "admin")) {
      Page page = loggedIn(user).get(PLAN);
      assertEquals(200, page.status(), user);
      List<String> rows = rows(page.body(), "plan:periods");
      assertTrue(rows.stream().anyMatch(r -> r.matches("Arbetsplats \\d{4}-\\d{2} 2026-06"
          + " Internfakturering Solidarisk fördelning Ingen post i planen.*")), user + rows);
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("Arbetsplats 2026-07 tills vidare"
          + " Solidarisk fördelning Internfakturering Beslut i kommunstyrelsen")), user + rows);
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("Kommunikation ")
          && r.contains(" tills vidare Internfakturering Solidarisk fördelning")), user + rows);
      assertTrue(page.body().contains("PrimeFaces.cw(\"Timeline\""), "timeline for " + user);
      assertTrue(page.body().contains("className: \"tk\\-model\\-allocation\", title:\"Arbetsplats"
          + " 2026\\-07 – tills vidare: Solidarisk fördelning\""), "the switch on the timeline");
      assertTrue(page.body().contains("href=\"/costing/plan.xhtml\""), "menu entry for " + user);
    }
    PortalClient it = loggedIn("it");
    String controller = it.get(PLAN).body();
    assertTrue(controller.contains("<form id=\"planForm\""));
    assertTrue(controller.matches("(?s).*id=\"plan:periods:\\d+:remove\".*"));

    PortalClient finance = loggedIn("ekonom.gsf");
    Page read = finance.get(PLAN);
    assertFalse(read.body().contains("planForm"), "no edit form for ORG_FINANCE");
    assertFalse(read.body().contains(":remove\""), "no remove buttons for ORG_FINANCE");
    assertFalse(read.body().contains("costing/pools.xhtml"), "no pools menu for ORG_FINANCE");

    // A forged post of the controller's form in the finance chief's view does nothing.
    Map<String, String> forged = PortalClient.inputs(controller, "planForm");
    forged.putAll(planFields(areaId("KOMMUNIKATION"), "2035-03", "ALLOCATION", "Förfalskad"));
    forged.put("jakarta.faces.ViewState",
        PortalClient.inputs(read.body(), "plan").get("jakarta.faces.ViewState"));
    Page refused = finance.ajax(PLAN, forged, "planForm:save", "planForm", "planForm plan");
    assertFalse(refused.body().contains("Posten är sparad"), refused.body());
    assertEquals(0, count("SELECT COUNT(*) FROM model_plan WHERE note = 'Förfalskad'"));
  }

  @Test
  void onlyTheControllerReachesThePoolsAndViewersNeitherPage() {
    PortalClient viewer = loggedIn("personal.gsf");
    assertEquals(403, viewer.get(PLAN).status());
    assertEquals(403, viewer.get(POOLS).status());
    assertEquals(403, loggedIn("ekonom.gsf").get(POOLS).status());
    assertEquals(403, loggedIn("admin").get(POOLS).status());
    Page pools = loggedIn("it").get(POOLS);
    assertEquals(200, pools.status());
    List<String> rows = rows(pools.body(), "pools:table");
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("ARBETSPLATS Pool Arbetsplats"
        + " Arbetsplats Antal medarbetare Nej Ja Alla poolade tjänster i området")),
        rows.toString());
  }

  @Test
  void aPlanEntryRecomputesTheMonthsFromItAndChangingOrRemovingItRecomputesThemAgain() throws Exception {
    long komm = areaId("KOMMUNIKATION");
    requireComputed("2026-10-01", "2026-11-01", "2026-12-01");
    assertEquals(0, count("SELECT COUNT(*) FROM model_plan WHERE area_id = " + komm
        + " AND valid_from >= '2026-10-01'"), "no Kommunikation entries from 2026-10 yet");
    assertBinding(komm, "2026-11-01", "CHARGEBACK");
    Timestamp october = computedAt("2026-10-01");
    Timestamp november = computedAt("2026-11-01");
    Timestamp december = computedAt("2026-12-01");

    PortalClient it = loggedIn("it");
    Map<String, String> form = PortalClient.inputs(it.get(PLAN).body(), "planForm");
    form.putAll(planFields(komm, "2026-11", "ALLOCATION", "Test: Kommunikation solidariskt"));
    try {
      Page saved = it.ajax(PLAN, form, "planForm:save", "planForm", "planForm plan");
      List<String> messages = messages(saved.body());
      assertTrue(messages.contains("Posten är sparad: Kommunikation från 2026-11, Solidarisk"
          + " fördelning skarp."), messages.toString());
      assertTrue(messages.stream().anyMatch(m -> m.startsWith("Omräknade månader: 2026-11,"
          + " 2026-12")), messages.toString());

      assertEquals(october, computedAt("2026-10-01"), "the month before is left alone");
      assertTrue(computedAt("2026-11-01").after(november), "2026-11 recomputed");
      assertTrue(computedAt("2026-12-01").after(december), "2026-12 recomputed");
      assertEquals(0, count("SELECT COUNT(*) FROM costing_run WHERE stale AND period"
          + " BETWEEN '2026-11-01' AND '2026-12-01'"));
      assertBinding(komm, "2026-10-01", "CHARGEBACK");
      assertBinding(komm, "2026-11-01", "ALLOCATION");
      assertBinding(komm, "2026-12-01", "ALLOCATION");
      List<String> rows = rows(saved.body(), "plan:periods");
      assertTrue(rows.stream().anyMatch(r -> r.startsWith("Kommunikation 2026-11 tills vidare"
          + " Solidarisk fördelning Internfakturering Test: Kommunikation solidariskt")),
          rows.toString());

      // Moving the entry to 2026-12 recomputes from the earlier of the two months.
      Timestamp recomputed = computedAt("2026-11-01");
      Page plan = it.get(PLAN);
      String edit = buttonId(plan.body(), "Ändra Kommunikation 2026-11");
      Map<String, String> list = PortalClient.inputs(plan.body(), "plan");
      Page editor = it.ajax(PLAN, list, edit, edit, "planForm");
      Map<String, String> change = PortalClient.inputs(editor.body(), "planForm");
      change.put("jakarta.faces.ViewState", list.get("jakarta.faces.ViewState"));
      assertEquals("2026-11", change.get("planForm:from"), "the form holds the entry");
      assertEquals("ALLOCATION", change.get("planForm:model_input"));
      change.put("planForm:from", "2026-12");
      messages = messages(it.ajax(PLAN, change, "planForm:save", "planForm", "planForm plan")
          .body());
      assertTrue(messages.contains("Ändringen är sparad: Kommunikation från 2026-12, Solidarisk"
          + " fördelning skarp."), messages.toString());
      assertTrue(messages.stream().anyMatch(m -> m.startsWith("Omräknade månader: 2026-11,"
          + " 2026-12")), messages.toString());
      assertTrue(computedAt("2026-11-01").after(recomputed), "2026-11 recomputed again");
      assertBinding(komm, "2026-11-01", "CHARGEBACK");
      assertBinding(komm, "2026-12-01", "ALLOCATION");

      recomputed = computedAt("2026-12-01");
      plan = it.get(PLAN);
      String remove = buttonId(plan.body(), "Ta bort Kommunikation 2026-12");
      Page removed = it.ajax(PLAN, PortalClient.inputs(plan.body(), "plan"), remove, remove,
          "plan planForm");
      messages = messages(removed.body());
      assertTrue(messages.contains("Posten för Kommunikation från 2026-12 är borttagen."),
          messages.toString());
      assertTrue(messages.stream().anyMatch(m -> m.startsWith("Omräknade månader: 2026-12")),
          messages.toString());
      assertTrue(computedAt("2026-12-01").after(recomputed), "recomputed back");
      assertBinding(komm, "2026-11-01", "CHARGEBACK");
      assertBinding(komm, "2026-12-01", "CHARGEBACK");
    } finally {
      execute("DELETE FROM model_plan WHERE area_id = " + komm
          + " AND valid_from IN ('2026-11-01', '2026-12-01')");
    }
    assertEquals(0, count("SELECT COUNT(*) FROM costing_run WHERE stale AND period"
        + " BETWEEN '2026-11-01' AND '2026-12-01'"), "left as found: nothing stale");
  }

  @Test
  void anInvalidMonthAndADuplicateAreRefusedInSwedishAndSaveNothing() {
    PortalClient it = loggedIn("it");
    long before = count("SELECT COUNT(*) FROM model_plan");
    Map<String, String> form = PortalClient.inputs(it.get(PLAN).body(), "planForm");

    form.putAll(planFields(areaId("KOMMUNIKATION"), "2026-13", "ALLOCATION", ""));
    assertEquals(List.of("Från månad: ”2026-13” är ingen månad. Skriv den som ÅÅÅÅ-MM, t.ex."
        + " 2027-01."), messages(it.ajax(PLAN, form, "planForm:save", "planForm",
            "planForm").body()));

    form.putAll(planFields(areaId("KOMMUNIKATION"), "11-2026", "", ""));
    assertEquals(List.of("Från månad: ”11-2026” är ingen månad. Skriv den som ÅÅÅÅ-MM, t.ex."
        + " 2027-01.", "Skarp modell: välj internfakturering eller solidarisk fördelning."),
        messages(it.ajax(PLAN, form, "planForm:save", "planForm", "planForm").body()));

    form.putAll(planFields(areaId("ARBETSPLATS"), "2026-07", "CHARGEBACK", ""));
    assertEquals(List.of("Från månad: det finns redan en post för Arbetsplats från 2026-07."
        + " Ändra den i stället."), messages(it.ajax(PLAN, form, "planForm:save", "planForm",
            "planForm").body()));
    assertEquals(before, count("SELECT COUNT(*) FROM model_plan"));
  }

  /**
   * Locks 2035-01 (far from every other test's months) and takes the lock back at the end: a
   * lock left behind would refuse every later plan change before 2035 in the shared database.
   */
  @Test
  void aMonthAtOrBeforeALockedMonthIsRefusedNamingTheLockedMonth() throws Exception {
    YearMonth locked = YearMonth.of(2035, 1);
    long komm = areaId("KOMMUNIKATION");
    long before = count("SELECT COUNT(*) FROM model_plan");
    TestPeriods.lock(locked);
    try {
      PortalClient it = loggedIn("it");
      Map<String, String> form = PortalClient.inputs(it.get(PLAN).body(), "planForm");
      form.putAll(planFields(komm, "2035-01", "ALLOCATION", ""));
      assertEquals(List.of("Från månad: 2035-01 går inte, eftersom 2035-01 är låst. Planen kan"
          + " bara ändras från 2035-02."), messages(it.ajax(PLAN, form, "planForm:save",
              "planForm", "planForm").body()));
      form.putAll(planFields(komm, "2034-12", "ALLOCATION", ""));
      assertEquals(List.of("Från månad: 2034-12 går inte, eftersom 2035-01 är låst. Planen kan"
          + " bara ändras från 2035-02."), messages(it.ajax(PLAN, form, "planForm:save",
              "planForm", "planForm").body()));
      assertEquals(before, count("SELECT COUNT(*) FROM model_plan"));

      // The database refuses on its own, whatever path writes.
      try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
        SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(
            "INSERT INTO model_plan (area_id, valid_from, model, created_by, created_at)"
                + " VALUES (" + komm + ", '2035-01-01', 'ALLOCATION', 'test', NOW())"));
        assertTrue(refused.getMessage().contains("TK_PERIOD_LOCKED"), refused.getMessage());
      }

      // After the locked month the plan can change, and the entry can go again.
      form.putAll(planFields(komm, "2035-02", "ALLOCATION", "Efter låst månad"));
      List<String> saved = messages(it.ajax(PLAN, form, "planForm:save", "planForm",
          "planForm plan").body());
      assertEquals(List.of("Posten är sparad: Kommunikation från 2035-02, Solidarisk"
          + " fördelning skarp.", "Inga beräknade månader behövde räknas om."), saved);
      Page plan = it.get(PLAN);
      assertTrue(plan.body().contains("Låsta månader finns till och med 2035-01."));
      assertFalse(plan.body().contains("aria-label=\"Ta bort Arbetsplats 2026-07\""),
          "an entry before the locked month offers no removal");
      String remove = buttonId(plan.body(), "Ta bort Kommunikation 2035-02");
      assertTrue(messages(it.ajax(PLAN, PortalClient.inputs(plan.body(), "plan"), remove, remove,
          "plan").body()).contains("Posten för Kommunikation från 2035-02 är borttagen."));
      assertEquals(before, count("SELECT COUNT(*) FROM model_plan"));
    } finally {
      execute("DELETE FROM model_plan WHERE valid_from = '2035-02-01'");
      TestPeriods.unlock(locked);
    }
    assertEquals(0, count("SELECT COUNT(*) FROM period WHERE period = '2035-01-01'"));
  }

  @Test
  void aPlanChangeWhoseRecomputationFailsSavesNothingAndSaysWhy() throws Exception {
    long komm = areaId("KOMMUNIKATION");
    requireComputed("2026-11-01");
    assertTrue(count("SELECT COUNT(*) FROM pool_cost pc JOIN cost_pool p ON p.id = pc.pool_id"
        + " WHERE p.code = 'KOMMUNIKATION' AND pc.period = '2026-11-01' AND pc.amount > 0") > 0,
        "the demo has a Kommunikation pool cost in 2026-11");
    List<String> fresh = freshMonths();
    Timestamp november = computedAt("2026-11-01");
    long entries = count("SELECT COUNT(*) FROM model_plan");
    // A FIXED_SHARE key without shares cannot be split: the month cannot be computed.
    execute("UPDATE cost_pool SET allocation_key = 'FIXED_SHARE' WHERE code = 'KOMMUNIKATION'");
    try {
      PortalClient it = loggedIn("it");
      Map<String, String> form = PortalClient.inputs(it.get(PLAN).body(), "planForm");
      form.putAll(planFields(komm, "2026-11", "ALLOCATION", "Går inte att räkna"));
      List<String> messages = messages(it.ajax(PLAN, form, "planForm:save", "planForm",
          "planForm plan").body());
      assertEquals("Planen sparades inte: månaderna från 2026-11 gick inte att räkna om.",
          messages.get(0), messages.toString());
      assertTrue(messages.contains("Poolen KOMMUNIKATION har fasta andelar som summerar till"
          + " 0 %, inte 100 %."), messages.toString());
      assertEquals(entries, count("SELECT COUNT(*) FROM model_plan"), "nothing saved");
      assertEquals(november, computedAt("2026-11-01"), "no result stored");
      assertBinding(komm, "2026-11-01", "CHARGEBACK");
    } finally {
      execute("UPDATE cost_pool SET allocation_key = 'HEADCOUNT' WHERE code = 'KOMMUNIKATION'");
      // The pool is as before, so the stored results are still those of its inputs.
      for (String month : fresh) {
        execute("UPDATE costing_run SET stale = FALSE WHERE period = '" + month + "'");
      }
    }
  }

  @Test
  void theControllerSwitchesAPoolToFteAndBackAndRecomputesTheStaleMonths() {
    requireComputed("2026-07-01");
    PortalClient it = loggedIn("it");
    Map<String, String> form = openPoolEditor(it, "Pool Arbetsplats");
    assertEquals("HEADCOUNT", form.get("poolForm:key_input"));
    try {
      form.put("poolForm:key_input", "FTE");
      Page saved = it.ajax(POOLS, form, "poolForm:save", "poolForm", "poolForm pools");
      assertEquals(List.of("Poolen Pool Arbetsplats är sparad. Beräknade månader behöver räknas"
          + " om."), messages(saved.body()));
      assertEquals(1, count("SELECT COUNT(*) FROM cost_pool WHERE code = 'ARBETSPLATS'"
          + " AND allocation_key = 'FTE'"));
      assertEquals(1, count("SELECT COUNT(*) FROM costing_run WHERE period = '2026-07-01'"
          + " AND stale"), "the pool change marks computed months stale");
      assertTrue(saved.body().contains("Indata har ändrats för beräknade månader, som behöver"
          + " räknas om"), "the page says so");
      assertTrue(saved.body().contains("href=\"/costing/runs.xhtml\""), "with the way there");

      recomputeStaleMonths(it);
      assertEquals(0, count("SELECT COUNT(*) FROM costing_run WHERE stale AND period BETWEEN"
          + " '2026-01-01' AND '2026-12-01'"));
      assertEquals("FTE", string("SELECT r.allocation_key FROM pool_result r JOIN cost_pool p"
          + " ON p.id = r.pool_id WHERE p.code = 'ARBETSPLATS' AND r.period = '2026-07-01'"));
      BigDecimal fte = decimal("SELECT SUM(k.fte) FROM org_key_value k JOIN org_unit o"
          + " ON o.id = k.org_id WHERE o.kind = 'ADMINISTRATION' AND k.period = '2026-07-01'");
      assertEquals(0, fte.compareTo(decimal("SELECT r.key_total FROM pool_result r JOIN"
          + " cost_pool p ON p.id = r.pool_id WHERE p.code = 'ARBETSPLATS'"
          + " AND r.period = '2026-07-01'")), "split by the förvaltningar's FTE");
    } finally {
      Map<String, String> back = openPoolEditor(it, "Pool Arbetsplats");
      back.put("poolForm:key_input", "HEADCOUNT");
      assertEquals(List.of("Poolen Pool Arbetsplats är sparad. Beräknade månader behöver räknas"
          + " om."), messages(it.ajax(POOLS, back, "poolForm:save", "poolForm",
              "poolForm pools").body()));
      recomputeStaleMonths(it);
    }
    assertEquals("HEADCOUNT", string("SELECT r.allocation_key FROM pool_result r JOIN cost_pool"
        + " p ON p.id = r.pool_id WHERE p.code = 'ARBETSPLATS' AND r.period = '2026-07-01'"));
    assertEquals(0, count("SELECT COUNT(*) FROM costing_run WHERE stale AND period BETWEEN"
        + " '2026-01-01' AND '2026-12-01'"), "left as found: nothing stale");
  }

  @Test
  void fixedSharesNotSummingTo100AreRefusedWithTheSumAndNothingIsSaved() {
    long version = count("SELECT version FROM cost_pool WHERE code = 'KOMMUNIKATION'");
    List<String> fresh = freshMonths();
    PortalClient it = loggedIn("it");
    Map<String, String> form = openPoolEditor(it, "Pool Kommunikation");
    form.put("poolForm:key_input", "FIXED_SHARE");
    Map<String, String> change = new java.util.LinkedHashMap<>(form);
    change.put("jakarta.faces.behavior.event", "valueChange");
    change.put("jakarta.faces.partial.event", "change");
    Page shares = it.ajax(POOLS, change, "poolForm:key", "poolForm:key", "poolForm:shares");
    assertTrue(shares.body().contains("Fasta andelar"), shares.body());

    form.put("poolForm:name", "Pool Kommunikation (ändrad)");
    form.put(shareInput(shares.body(), "Grundskoleförvaltningen"), "50");
    form.put(shareInput(shares.body(), "Stadsledningskontoret"), "49,5");
    List<String> refused = messages(it.ajax(POOLS, form, "poolForm:save", "poolForm",
        "poolForm pools").body());
    assertEquals(List.of("Fasta andelar: andelarna summerar till 99,5 %. Summan ska vara exakt"
        + " 100 %."), refused);

    form.put(shareInput(shares.body(), "Bostads AB"), "0,5");
    refused = messages(it.ajax(POOLS, form, "poolForm:save", "poolForm", "poolForm pools")
        .body());
    assertEquals(List.of("Fasta andelar: Bostads AB är ett bolag och bolagen deltar inte i"
        + " poolen. Ta bort andelen eller låt bolagen delta."), refused);

    assertEquals(1, count("SELECT COUNT(*) FROM cost_pool WHERE code = 'KOMMUNIKATION'"
        + " AND allocation_key = 'HEADCOUNT' AND name = 'Pool Kommunikation'"
        + " AND version = " + version), "nothing of the edit is saved");
    assertEquals(0, count("SELECT COUNT(*) FROM cost_pool_share s JOIN cost_pool p"
        + " ON p.id = s.pool_id WHERE p.code = 'KOMMUNIKATION'"));
    assertEquals(fresh, freshMonths(), "no month marked stale");
  }

  // --- helpers -----------------------------------------------------------------------------

  /** Opens a pool in the editor; returns the editor's fields as the browser would post them. */
  private static Map<String, String> openPoolEditor(PortalClient it, String poolName) {
    Page pools = it.get(POOLS);
    String edit = buttonId(pools.body(), "Ändra " + poolName);
    Map<String, String> list = PortalClient.inputs(pools.body(), "pools");
    Page editor = it.ajax(POOLS, list, edit, edit, "poolForm");
    Map<String, String> form = PortalClient.inputs(editor.body(), "poolForm");
    form.put("jakarta.faces.ViewState", list.get("jakarta.faces.ViewState"));
    // A browser posts a checked box without a value as "on".
    form.replaceAll((name, value) -> name.endsWith("_input") && value.isEmpty()
        && checked(editor.body(), name) ? "on" : value);
    return form;
  }

  private static boolean checked(String html, String name) {
    return Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name)
        + "\"[^>]*type=\"checkbox\"[^>]*checked").matcher(html).find();
  }

  private static void recomputeStaleMonths(PortalClient it) {
    Page pools = it.get(POOLS);
    assertTrue(pools.body().contains("id=\"pools:recompute\""), "recompute offered");
    List<String> done = messages(it.ajax(POOLS, PortalClient.inputs(pools.body(), "pools"),
        "pools:recompute", "pools:recompute", "pools poolForm").body());
    assertTrue(done.stream().anyMatch(m -> m.matches("\\d+ månader är omräknade: .*2026-07.*")),
        done.toString());
  }

  private static Map<String, String> planFields(long areaId, String from, String model,
      String note) {
    return Map.of("planForm:area_input", String.valueOf(areaId), "planForm:from", from,
        "planForm:model_input", model, "planForm:note", note);
  }

  private static String buttonId(String html, String ariaLabel) {
    Matcher m = Pattern.compile("<button id=\"([^\"]+)\"[^>]*aria-label=\""
        + Pattern.quote(ariaLabel) + "\"").matcher(html);
    assertTrue(m.find(), "button " + ariaLabel);
    return m.group(1);
  }

  private static String shareInput(String html, String orgName) {
    Matcher m = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*aria-label=\"Andel i procent"
        + " för " + Pattern.quote(orgName) + "\"").matcher(html);
    assertTrue(m.find(), "share input for " + orgName);
    return m.group(1);
  }

  /** The page's messages (info and error), unescaped. */
  private static List<String> messages(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = MESSAGE.matcher(html);
    while (m.find()) {
      found.add(unescape(m.group(1)).strip());
    }
    return found;
  }

  /** Each body row of a PrimeFaces table as its cells' text, without the reflow titles. */
  private static List<String> rows(String html, String tableId) {
    int start = html.indexOf("id=\"" + tableId + "_data\"");
    assertTrue(start >= 0, "table " + tableId);
    String body = html.substring(start, html.indexOf("</tbody>", start));
    List<String> rows = new ArrayList<>();
    for (String row : body.split("<tr ")) {
      String text = row.replaceAll("(?s)<span class=\"ui-column-title\">.*?</span>", "")
          .replaceAll("(?s)<script.*?</script>", "")
          .replaceAll("(?s)<[^>]*>", " ");
      text = unescape(text).replaceAll("^[^>]*>", "").replaceAll("\\s+", " ").strip();
      if (!text.isEmpty()) {
        rows.add(text);
      }
    }
    return rows;
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static void assertBinding(long areaId, String month, String bindingModel) {
    String other = "CHARGEBACK".equals(bindingModel) ? "ALLOCATION" : "CHARGEBACK";
    String lines = "SELECT COUNT(*) FROM result_line WHERE period = '" + month
        + "' AND area_id = " + areaId;
    assertTrue(count(lines + " AND model = '" + bindingModel + "' AND binding") > 0,
        month + ": " + bindingModel + " lines are binding");
    assertEquals(0, count(lines + " AND model = '" + other + "' AND binding"),
        month + ": no " + other + " line is binding");
    assertEquals(0, count(lines + " AND model = '" + bindingModel + "' AND NOT binding"),
        month + ": every " + bindingModel + " line is binding");
  }

  private static void requireComputed(String... months) {
    for (String month : months) {
      assertEquals(1, count("SELECT COUNT(*) FROM costing_run WHERE period = '" + month + "'"),
          "the demo has computed " + month);
    }
  }

  private static List<String> freshMonths() {
    List<String> months = new ArrayList<>();
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        // locked months (other tests lock some) are never marked stale, nor can they be changed
        ResultSet rs = st.executeQuery("SELECT r.period FROM costing_run r WHERE NOT r.stale"
            + " AND NOT EXISTS (SELECT 1 FROM period p WHERE p.period = r.period"
            + " AND p.status = 'LOCKED') ORDER BY r.period")) {
      while (rs.next()) {
        months.add(rs.getDate(1).toString());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return months;
  }

  private static Timestamp computedAt(String month) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT computed_at FROM costing_run WHERE period = ?")) {
      ps.setString(1, month);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), month + " computed");
        return rs.getTimestamp(1);
      }
    }
  }

  private static long areaId(String code) {
    return count("SELECT id FROM service_area WHERE code = '" + code + "'");
  }

  private static long count(String sql) {
    return TestDatabase.count(sql);
  }

  private static String string(String sql) {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static BigDecimal decimal(String sql) {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getBigDecimal(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void execute(String sql) {
    try (Connection c = TestDatabase.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private PortalClient loggedIn(String user) {
    return PortalClient.loggedIn(base, user, "demo");
  }
}
