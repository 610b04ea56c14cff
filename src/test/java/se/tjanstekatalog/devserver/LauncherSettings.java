package se.tjanstekatalog.devserver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The run command's settings, each from an environment variable with a default (the README
 * lists them): TK_HTTP_PORT, TK_DB_URL, TK_DB_USER, TK_DB_PASSWORD, TK_DATA_DIR, TK_DEMO,
 * TK_CLUSTER.
 */
record LauncherSettings(int httpPort, String dbUrl, String dbUser, String dbPassword,
    Path dataDir, boolean demo, boolean cluster) {

  static final String EMBEDDED_DATABASE = "tjanstekatalog";

  static LauncherSettings from(Map<String, String> env, Path projectDir) {
    String port = env.getOrDefault("TK_HTTP_PORT", "8080").strip();
    int httpPort;
    try {
      httpPort = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("TK_HTTP_PORT must be a port number, not '" + port + "'");
    }
    String url = blankToNull(env.get("TK_DB_URL"));
    if (url != null && !url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
      throw new IllegalArgumentException(
          "TK_DB_URL must be a MariaDB JDBC URL such as jdbc:mariadb://db.example:3306/tk");
    }
    Path dataDir = env.containsKey("TK_DATA_DIR") && !env.get("TK_DATA_DIR").isBlank()
        ? Path.of(env.get("TK_DATA_DIR")).toAbsolutePath()
        : projectDir.resolve("data");
    boolean demo = !"false".equalsIgnoreCase(env.getOrDefault("TK_DEMO", "true").strip());
    boolean cluster = "true".equalsIgnoreCase(env.getOrDefault("TK_CLUSTER", "false").strip());
    return new LauncherSettings(httpPort, url,
        env.getOrDefault("TK_DB_USER", url == null ? "root" : "tjanstekatalog"),
        env.getOrDefault("TK_DB_PASSWORD", ""), dataDir, demo, cluster);
  }

  /**
   * Payara Micro's options for its Hazelcast data grid. Not clustered (the default), the
   * grid is switched off: {@code --nocluster} alone still opened Hazelcast's port (6900 and
   * up) on every interface. {@code TK_CLUSTER=true} leaves Hazelcast on for clustering.
   */
  List<String> clusterOptions() {
    return cluster ? List.of() : List.of("--nohazelcast");
  }

  boolean embedded() {
    return dbUrl == null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
