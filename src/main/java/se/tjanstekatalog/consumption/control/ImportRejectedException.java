package se.tjanstekatalog.consumption.control;

/**
 * An import found problems while saving: nothing of it may stay, so the caller rolls the
 * transaction back. The report says what was wrong.
 */
public class ImportRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient ImportReport report;

  public ImportRejectedException(ImportReport report) {
    super(report.problemCount() + " problem(s) in " + report.fileName());
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
