package se.tjanstekatalog.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {
  private final Path project = Path.of("/work/tk");

  @Test
  void defaultsAreTheEmbeddedDatabaseWithDemoDataOnPort8080() {
    LauncherSettings s = LauncherSettings.from(Map.of(), project);
    assertEquals(8080, s.httpPort());
    assertTrue(s.embedded());
    assertTrue(s.demo());
    assertEquals(project.resolve("data"), s.dataDir());
    assertFalse(s.cluster());
    assertEquals(java.util.List.of("--nohazelcast"), s.clusterOptions(),
        "not clustered: no Hazelcast listening on every interface");
  }

  @Test
  void clusteringLeavesHazelcastOn() {
    LauncherSettings s = LauncherSettings.from(Map.of("TK_CLUSTER", "true"), project);
    assertTrue(s.cluster());
    assertEquals(java.util.List.of(), s.clusterOptions());
  }

  @Test
  void environmentOverridesEachSetting() {
    LauncherSettings s = LauncherSettings.from(Map.of("TK_HTTP_PORT", "9090",
        "TK_DB_URL", "jdbc:mariadb://db:3306/tk", "TK_DB_USER", "tk", "TK_DB_PASSWORD", "p:w=",
        "TK_DATA_DIR", "/srv/tk", "TK_DEMO", "false"), project);
    assertEquals(9090, s.httpPort());
    assertFalse(s.embedded());
    assertEquals("tk", s.dbUser());
    assertEquals("p:w=", s.dbPassword());
    assertEquals(Path.of("/srv/tk"), s.dataDir());
    assertFalse(s.demo());
  }

  @Test
  void badValuesAreExplained() {
    assertThrows(IllegalArgumentException.class,
        () -> LauncherSettings.from(Map.of("TK_HTTP_PORT", "web"), project));
    assertThrows(IllegalArgumentException.class,
        () -> LauncherSettings.from(Map.of("TK_DB_URL", "jdbc:h2:mem:x"), project));
  }

  @Test
  void poolPropertiesAreEscapedForAsadmin() {
    assertEquals("url=jdbc\\:mariadb\\://h\\:3306/tk?user\\=root",
        AsadminEscape.poolProperties("jdbc:mariadb://h:3306/tk", "root", ""));
    assertEquals("url=jdbc\\:mariadb\\://h/tk:user=tk:password=a\\:b\\=c\\\\",
        AsadminEscape.poolProperties("jdbc:mariadb://h/tk", "tk", "a:b=c\\"));
  }
}
