package se.tjanstekatalog.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the run command relies on: a second start on the same data directory keeps the data. */
class EmbeddedMariaDbTest {
  @Test
  void restartOnTheSameDataDirectoryKeepsWhatWasSaved() throws Exception {
    Path target = Path.of("target");
    Path dataDir = target.resolve("restart-test/data");
    PortalLauncher.deleteTree(target.resolve("restart-test"));
    Path baseDir = target.resolve("restart-test/base");

    EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, baseDir, 0);
    try {
      first.createDatabase("tk_restart");
      try (Connection c = DriverManager.getConnection(first.jdbcUrl("tk_restart"), "root", "");
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE kept (name VARCHAR(40))");
        st.execute("INSERT INTO kept VALUES ('Överförmyndarförvaltningen')");
      }
    } finally {
      first.stop();
    }

    EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, baseDir, 0);
    try (Connection c = DriverManager.getConnection(second.jdbcUrl("tk_restart"), "root", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM kept")) {
      rs.next();
      assertEquals("Överförmyndarförvaltningen", rs.getString(1));
    } finally {
      second.stop();
    }
  }
}
