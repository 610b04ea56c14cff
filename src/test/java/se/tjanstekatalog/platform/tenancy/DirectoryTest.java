package se.tjanstekatalog.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryTest {
  private static final Tenant HOME = new Tenant("hem", 1, null, "Sjöstads kommun", null);
  private static final Tenant EKBY = new Tenant("ekby", 1, "tk_ekby", "Ekby kommun", "hem");

  @Test
  void oneKommunKeepsThePoolsConnectionsAsTheyAre() {
    Directory d = new Directory(List.of(HOME), Map.of(), "tk");
    assertNull(d.home().database(), "no USE for a one-kommun installation");
  }

  @Test
  void withSeveralKommunerTheHomeKommunNamesThePoolsDatabase() {
    Directory d = new Directory(List.of(HOME, EKBY), Map.of("ekby.localhost", "ekby"), "tk");
    assertEquals("tk", d.home().database(), "a connection another kommun pointed away comes back");
    assertEquals("tk_ekby", d.find("ekby").orElseThrow().database());
    assertEquals("hem", d.find("ekby").orElseThrow().servedBy());
  }

  @Test
  void aHostNameReachesTheKommunThatListsItWhateverItsCasePortOrTrailingDot() {
    Directory d = new Directory(List.of(HOME, EKBY), Map.of("Ekby.Localhost", "ekby"), "tk");
    for (String host : List.of("ekby.localhost", "EKBY.localhost:8080", "ekby.localhost.")) {
      assertEquals("ekby", d.listed(host).orElseThrow().code(), host);
    }
    assertEquals(Optional.empty(), d.listed("localhost"));
    assertEquals(Optional.empty(), d.listed("ekby.localhost.evil.example"));
    assertEquals(Optional.empty(), d.listed(null));
    assertEquals(List.of("ekby.localhost"), d.hostsOf("ekby"));
  }

  @Test
  void theDirectoryNeedsExactlyOneHomeKommunAndKnownCodes() {
    assertThrows(IllegalArgumentException.class, () -> new Directory(List.of(EKBY), Map.of(), "tk"));
    assertThrows(IllegalArgumentException.class,
        () -> new Directory(List.of(HOME, HOME), Map.of(), "tk"));
    assertThrows(NullPointerException.class,
        () -> new Directory(List.of(HOME, EKBY), Map.of("x.localhost", "umea"), "tk"));
  }

  @Test
  void kommunCodesAndDatabaseNamesNeedNoQuoting() {
    assertTrue(Tenant.validCode("ekby"));
    for (String bad : List.of("E", "ekby`", "ek by", "1ekby", "ekby_x")) {
      assertTrue(!Tenant.validCode(bad), bad);
    }
    assertThrows(IllegalArgumentException.class,
        () -> new Tenancy.NewKommun("Ekby", "Ekby kommun", List.of(), null));
  }
}
