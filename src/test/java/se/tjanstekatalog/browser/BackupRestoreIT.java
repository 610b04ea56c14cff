package se.tjanstekatalog.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.tjanstekatalog.devserver.DatabaseBackup;

/**
 * Issue 17, part 3: the backup command's code backs up the demo's database while the portal
 * runs and answers requests, and a restore of that backup into an empty data directory gives
 * back every locked month (2026-01..10) with the same fingerprint and results, byte for byte,
 * and the same SIE files byte for byte (the file's {@code #GEN} line carries today's date and
 * the caller, the same before and after). A restore into a data directory that holds anything
 * is refused. The demo's second kommun, Ekby, is backed up into its own file beside the backup
 * and restored into its own database with it. Runs without Chromium too (plain HTTP, like
 * {@code DemoYearIT}).
 */
@ExtendWith({BrowserPortal.WithoutBrowser.class, BrowserPortal.DemoAsMade.class})
class BackupRestoreIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<YearMonth> LOCKED = List.of(YearMonth.of(2026, 1),
      YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5),
      YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
      YearMonth.of(2026, 10));

  /** The demo's second kommun, in its own database (ADR 0007). */
  private static final String EKBY = "tjanstekatalog_ekby";
  private static final String EKBY_LEDGER = "SELECT CONCAT(COUNT(*), ' lines, ', SUM(amount),"
      + " ' kr, ', (SELECT COUNT(*) FROM org_unit), ' orgs, ', (SELECT COUNT(*) FROM app_user),"
      + " ' users') FROM result_line";

  @Test
  void aBackupTakenWhileThePortalRunsRestoresEveryLockedMonthByteForByte() throws Exception {
    Map<String, byte[]> before = lockedMonthFiles();
    String ekbyBefore = BrowserPortal.text(EKBY, EKBY_LEDGER);
    assertTrue(ekbyBefore.contains(" 4 orgs"), ekbyBefore);

    Path file = Path.of(System.getProperty("tk.projectDir"), "target", "browser-portal",
        "backup-demo.sql.gz");
    AtomicBoolean backingUp = new AtomicBoolean(true);
    List<Integer> answers = new ArrayList<>();
    Thread traffic = new Thread(() -> {
      while (backingUp.get()) {
        answers.add(get("api/v1/periods/2026-11/results?org=GSF").statusCode());
      }
    });
    traffic.start();
    try {
      BrowserPortal.backUpDatabase(file);
    } finally {
      backingUp.set(false);
      traffic.join();
    }
    assertTrue(Files.size(file) > 100_000, "a dump of the demo year: " + Files.size(file));
    assertTrue(!answers.isEmpty() && answers.stream().allMatch(s -> s == 200),
        "the portal answered during the backup: " + answers);

    Path ekbyFile = DatabaseBackup.kommunFile(file, "ekby");
    assertTrue(Files.size(ekbyFile) > 10_000, "Ekby's database beside it: " + ekbyFile);

    BrowserPortal.restoreDatabase(file);
    assertEquals(ekbyBefore, BrowserPortal.text(EKBY, EKBY_LEDGER),
        "Ekby restored from its file into its own database");
    assertEquals(EKBY, BrowserPortal.text("tjanstekatalog",
        "SELECT database_name FROM kommun WHERE code = 'ekby'"));
    Map<String, byte[]> after = lockedMonthFiles();
    assertEquals(before.keySet(), after.keySet());
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " after the restore");
    }

    Path notEmpty = Files.createTempDirectory("tk-restore-");
    Files.writeString(notEmpty.resolve("ibdata1"), "something");
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> DatabaseBackup.restoreEmbedded(file, notEmpty, notEmpty.resolveSibling(
            "tk-restore-base-unused"), 0));
    assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
  }

  /** Each locked month's results (with its fingerprint) as JSON, and its SIE file. */
  private static Map<String, byte[]> lockedMonthFiles() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (YearMonth month : LOCKED) {
      HttpResponse<byte[]> results = get("api/v1/periods/" + month + "/results");
      assertEquals(200, results.statusCode(), month + " results");
      String json = new String(results.body(), StandardCharsets.UTF_8);
      assertTrue(json.contains("\"status\":\"LOCKED\"") && json.contains("\"fingerprint\":\""),
          month + ": " + json.substring(0, Math.min(200, json.length())));
      files.put(month + " results", results.body());
      HttpResponse<byte[]> sie = get("api/v1/periods/" + month + "/sie");
      assertEquals(200, sie.statusCode(), month + " SIE");
      files.put(month + " SIE", sie.body());
    }
    return files;
  }

  private static HttpResponse<byte[]> get(String path) {
    String token = Base64.getEncoder().encodeToString("it:demo".getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(BrowserPortal.baseUrl() + "/" + path))
              .header("Authorization", "Basic " + token).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
