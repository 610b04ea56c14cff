package se.tjanstekatalog.shared.imports;

import java.io.IOException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * A file (or a feed's body) that cannot be read as rows, with what is wrong in the words of
 * an import problem: the row and column where reading stopped (row 0: the file as a whole) and
 * the reason as a message key. Never carries a library's message to the user.
 */
public final class UnreadableFile extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient ImportProblem problem;

  public UnreadableFile(ImportProblem problem) {
    super(problem.key() + " at row " + problem.row() + ", column " + problem.column());
    this.problem = problem;
  }

  public UnreadableFile(ImportProblem problem, Throwable cause) {
    this(problem);
    initCause(cause);
  }

  public ImportProblem problem() {
    return problem;
  }

  /**
   * The refusal of a file that could not be read at all: row, column and a Swedish reason;
   * the library's own words belong in the log, not here.
   */
  public static RuleViolationException refusal(IOException e) {
    ImportProblem problem = e instanceof UnreadableFile u ? u.problem() : generic();
    return new RuleViolationException(new Violation("", "import.problem.unreadable",
        problem.describe()));
  }

  /** What the user is told about any other failure to read a file. */
  public static ImportProblem generic() {
    return ImportProblem.of(0, "", "", "import.problem.unreadable.short");
  }
}
