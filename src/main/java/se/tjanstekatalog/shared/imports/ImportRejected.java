package se.tjanstekatalog.shared.imports;

import java.util.List;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * An import refused because of its problems; nothing was saved (a TkException, so the
 * container rolls the transaction back). Carries the full report for the page or the API.
 */
public class ImportRejected extends RuleViolationException {
  private static final long serialVersionUID = 1L;
  private final ImportReport report;

  public ImportRejected(ImportReport report) {
    super(violations(report));
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }

  private static List<Violation> violations(ImportReport report) {
    if (report.problems().isEmpty()) {
      return List.of(new Violation("", "import.rejected", report.problemCount()));
    }
    return report.problems().stream()
        .map(p -> new Violation(p.row() > 0 ? "rad " + p.row() + ", " + p.column() : "fil",
            p.key(), p.args()))
        .toList();
  }
}
