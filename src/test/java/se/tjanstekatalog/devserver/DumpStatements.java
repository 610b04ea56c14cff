package se.tjanstekatalog.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The statements of a {@code mariadb-dump} file, as the {@code mariadb} client would send them:
 * {@code DELIMITER} lines change the delimiter (triggers and routines are dumped between
 * {@code DELIMITER ;;} and {@code DELIMITER ;}), comment lines and blank lines between
 * statements are skipped, and a statement ends with the line that ends with the delimiter.
 * That is safe for the dump's own output only: it writes each row of an INSERT with newlines in
 * values escaped ({@code \n}), so no line break falls inside a string.
 */
final class DumpStatements {
  /** A statement without its delimiter, and the line it starts on (for messages). */
  record Statement(String sql, int line) {}

  /**
   * A definer clause: in a version comment ({@code /*!50017 DEFINER=`root`@`localhost`*}{@code /})
   * as the dump writes it for triggers, or bare after CREATE (routines) or after a view's
   * ALGORITHM (views: {@code CREATE ALGORITHM=UNDEFINED DEFINER=`` SQL SECURITY DEFINER VIEW}).
   */
  private static final Pattern DEFINER = Pattern.compile(
      "/\\*!500\\d\\d DEFINER=(`[^`]*`|[^\\s*@]+)(@(`[^`]*`|[^\\s*]+))?\\s*\\*/\\s?"
          + "|(?<=CREATE |ALGORITHM=\\w{5,9} )DEFINER=(`[^`]*`|[^\\s@]+)(@(`[^`]*`|\\S+))?\\s");

  private DumpStatements() {}

  /**
   * The statement without its definer, so that the restoring user owns the triggers: an
   * embedded server (no grant tables) dumps an empty definer, which no server accepts, and an
   * external one a user the target may not have.
   */
  static String withoutDefiner(String sql) {
    return DEFINER.matcher(sql).replaceAll("");
  }

  static void forEach(BufferedReader in, Consumer<Statement> action) throws IOException {
    String delimiter = ";";
    StringBuilder statement = new StringBuilder();
    int lineNumber = 0;
    int startLine = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (statement.isEmpty()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("-- ") || trimmed.equals("--")) {
          continue;
        }
        if (trimmed.regionMatches(true, 0, "DELIMITER ", 0, 10)) {
          delimiter = trimmed.substring(10).strip();
          continue;
        }
        startLine = lineNumber;
      }
      statement.append(line).append('\n');
      String end = line.stripTrailing();
      if (end.endsWith(delimiter)) {
        String sql = statement.toString().stripTrailing();
        action.accept(new Statement(sql.substring(0, sql.length() - delimiter.length()),
            startLine));
        statement.setLength(0);
      }
    }
    if (!statement.toString().isBlank()) {
      throw new IOException("The dump ends inside a statement (line " + startLine
          + "): the file is incomplete");
    }
  }
}
