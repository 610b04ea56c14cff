package se.tjanstekatalog.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.audit.entity.AuditEvent;
import se.tjanstekatalog.platform.ReadApi;
import se.tjanstekatalog.shared.Messages;

/** The plain rules under the audit log and the read API's ETag. */
class AuditRulesTest {
  @Test
  void everyKindHasASwedishAndAnEnglishLabel() {
    for (AuditKind kind : AuditKind.values()) {
      assertNotEquals(kind.messageKey(), Messages.sv(kind.messageKey()), kind.name());
      assertNotEquals(kind.messageKey(), Messages.get(java.util.Locale.ENGLISH,
          kind.messageKey()), kind.name());
      assertTrue(kind.name().length() <= 30, "fits audit_log.kind: " + kind);
    }
    assertEquals("SSO-mappning", Messages.sv(AuditKind.SSO_MAPPING.messageKey()));
  }

  @Test
  void aBlankPersonFilterIsNoFilter() {
    assertNull(new AuditFilter("  ", null, null, null, null).person());
    assertEquals("karin", new AuditFilter(" karin ", null, null, null, null).person());
  }

  @Test
  void longTextsAreCutToTheirColumnsWithAnEllipsis() {
    AuditEvent e = new AuditEvent(Instant.EPOCH, AuditKind.IMPORT, "x".repeat(200), null, null,
        null, "o".repeat(300), "s".repeat(1200));
    assertEquals(120, e.getUsername().length());
    assertEquals(200, e.getObject().length());
    assertEquals(1000, e.getSummary().length());
    assertTrue(e.getSummary().endsWith("…"));
  }

  @Test
  void theETagIsTheSha256OfTheBytesSoEqualBodiesShareIt() {
    byte[] a = "{\"rows\":[]}".getBytes(StandardCharsets.UTF_8);
    assertEquals(ReadApi.etag(a), ReadApi.etag(a.clone()));
    assertNotEquals(ReadApi.etag(a), ReadApi.etag("{\"rows\":[1]}".getBytes(
        StandardCharsets.UTF_8)));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ReadApi.etag(new byte[0]));
  }
}
