package se.tjanstekatalog.shared.imports;

import java.io.Serializable;
import se.tjanstekatalog.shared.Messages;

/**
 * One thing wrong with an import: the row in the file (0 for the file as a whole), the column
 * as the file names it, the value found and the reason as a message key with arguments.
 */
public record ImportProblem(long row, String column, String value, String key, Object[] args)
    implements Serializable {
  public ImportProblem {
    value = value == null ? "" : value.length() > 200 ? value.substring(0, 200) + "…" : value;
    column = column == null ? "" : column;
    args = args == null ? new Object[0] : args;
  }

  public static ImportProblem of(long row, String column, String value, String key, Object... args) {
    return new ImportProblem(row, column, value, key, args);
  }

  /** The reason in Swedish. */
  public String reason() {
    return Messages.sv(key, args);
  }

  /** "Rad 12, kolumn antal, värdet "-3": Antalet får inte vara negativt." */
  public String describe() {
    String where = row > 0 ? Messages.sv("import.problem.where", row, column, value)
        : Messages.sv("import.problem.whereFile");
    return where + ": " + reason();
  }
}
