package se.tjanstekatalog.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.setup.domain.SetupChecklist;
import se.tjanstekatalog.setup.domain.SetupChecklist.Facts;
import se.tjanstekatalog.setup.domain.SetupChecklist.Item;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.start.domain.WorkQueue;

class SetupChecklistTest {
  /** A fresh install: the schema's placeholders and the first administrator only. */
  private static final Facts FRESH = new Facts("Kommunen", false, "Kommunen", 0, 0, 0, 0, 0, 0,
      0, 0, 0);
  private static final Facts READY = new Facts("Ekdala kommun", true, "Ekdala kommun", 0, 5,
      12, 1, 5, 3, 7, 4, 0);

  private static List<String> missing(SetupChecklist c) {
    return c.items().stream().filter(i -> !i.done()).map(Item::key).toList();
  }

  @Test
  void aFreshInstallMissesEveryStepInTheIssuesOrder() {
    SetupChecklist fresh = SetupChecklist.of(FRESH);
    assertEquals(List.of("municipality", "accounting", "orgs", "catalogue", "priceList",
        "keyValues", "pools", "modelPlan", "users"), missing(fresh));
    assertEquals(9, fresh.missing());
    assertTrue(fresh.shown(true), "shown while something is missing, even with demo data");
  }

  @Test
  void aSetUpMunicipalityIsCompleteAndTheChecklistHidesOnlyWithDemoData() {
    SetupChecklist ready = SetupChecklist.of(READY);
    assertEquals(List.of(), missing(ready));
    assertTrue(ready.complete());
    assertFalse(ready.shown(true), "the demo, complete: not in the menu");
    assertTrue(ready.shown(false), "without demo data it is always there");
  }

  @Test
  void aSavedAccountingSettingCountsEvenUnderThePlaceholderName() {
    Facts saved = new Facts("Ekdala kommun", false, "Kommunen", 1, 5, 12, 1, 5, 3, 7, 4, 0);
    assertEquals(List.of(), missing(SetupChecklist.of(saved)));
  }

  @Test
  void anSsoMappingIsEnoughWithoutLocalUsersAndTheLogoIsOptional() {
    Facts sso = new Facts("Ekdala kommun", false, "Ekdala kommun", 0, 5, 12, 1, 5, 3, 7, 0, 2);
    SetupChecklist c = SetupChecklist.of(sso);
    assertEquals(List.of(), missing(c));
    Item municipality = c.items().get(0);
    assertEquals("Portalen heter Ekdala kommun; ingen logotyp (valfritt).",
        Messages.sv(municipality.reason(), municipality.args().toArray()));
  }

  @Test
  void everyStepHasALabelAndBothReasonsInSwedishAndAPage() {
    for (Facts facts : List.of(FRESH, READY)) {
      for (Item item : SetupChecklist.of(facts).items()) {
        String label = Messages.sv(item.label());
        String reason = Messages.sv(item.reason(), item.args().toArray());
        assertFalse(label.contains(item.label()), "label of " + item.key());
        assertFalse(reason.contains("setup.item"), "reason of " + item.key());
        assertTrue(item.page().endsWith(".xhtml"), item.page());
      }
    }
    assertEquals("5 förvaltningar och bolag registrerade.",
        Messages.sv("setup.item.orgs.done", 5L));
  }

  @Test
  void theWorkQueueLinksTheChecklistOnlyWhileStepsAreMissing() {
    assertEquals(List.of(), WorkQueue.setupMissing(0));
    List<WorkQueue.Item> items = WorkQueue.setupMissing(3);
    assertEquals(1, items.size());
    assertEquals("admin/setup.xhtml", items.get(0).href());
    assertEquals("Uppstart: 3 steg saknas innan portalen är klar",
        Messages.sv(items.get(0).key(), items.get(0).args().toArray()));
  }
}
