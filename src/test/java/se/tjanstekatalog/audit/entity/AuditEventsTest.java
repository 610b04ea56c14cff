package se.tjanstekatalog.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The audit log's person filter finds names containing the text as typed. */
class AuditEventsTest {

  @Test
  void thePersonFilterMatchesAnyNameContainingTheTextInAnyCase() {
    assertEquals("%ekonom.gsf%", AuditEvents.containing("Ekonom.GSF"));
  }

  @Test
  void percentUnderscoreAndTheEscapeCharacterAreMatchedAsTyped() {
    assertEquals("%50!%%", AuditEvents.containing("50%"));
    assertEquals("%eva!_e%", AuditEvents.containing("eva_e"));
    assertEquals("%hej!!%", AuditEvents.containing("hej!"));
  }
}
