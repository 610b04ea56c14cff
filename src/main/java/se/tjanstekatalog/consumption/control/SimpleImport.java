package se.tjanstekatalog.consumption.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.shared.Periods;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportSource;

/**
 * The shape of the smaller imports (key values, pool costs): files of a few thousand rows at
 * most, so valid rows are kept in memory and written after the whole file has been checked.
 *
 * @param <R> a checked row
 */
abstract class SimpleImport<R> {
  protected final ReferenceData ref;

  SimpleImport(ReferenceData ref) {
    this.ref = ref;
  }

  abstract ImportKind kind();

  abstract List<Column> columns();

  /** Whether a file holds one month only (a re-import then replaces that month). */
  abstract boolean onePeriod();

  /** Checks one row; the parsed row, or null when it has problems (reported to checks). */
  abstract R parse(long rowNo, Columns columns, String[] cells, RowChecks checks);

  /** Checks across rows (duplicates and such), after all rows are parsed. */
  void checkAll(List<R> rows, RowChecks checks) {}

  abstract void write(Connection c, long batchId, List<R> rows) throws SQLException;

  abstract List<ImportReport.OrgTotal> orgTotals(List<R> rows);

  abstract List<ImportReport.LineTotal> lineTotals(List<R> rows);

  abstract BigDecimal totalAmount(List<R> rows);

  /** Periods the stored batch needs rows for in {@code period} (and open_period). */
  abstract List<YearMonth> periods(List<R> rows);

  public ImportReport preview(RowSource source, ImportSource from, Connection c,
      LongConsumer progress) throws IOException, SQLException {
    return new Run(from).read(source, c, progress).report;
  }

  public ImportReport store(RowSource source, ImportSource from, Connection c,
      LongConsumer progress) throws IOException, SQLException {
    Run run = new Run(from).read(source, c, progress);
    if (!run.report.valid()) {
      throw new ImportRejected(run.report);
    }
    for (YearMonth period : periods(run.rows)) {
      ImportBatches.ensureOpenPeriod(c, period);
    }
    long batchId = ImportBatches.insert(c, from, run.report.periodFrom(), run.report.periodTo());
    write(c, batchId, run.rows);
    ImportBatches.finish(c, batchId, run.rows.size(), null, run.report.totalAmount());
    ImportBatches.replace(c, run.report.replaces(), batchId);
    return run.report.withStoredBatch(batchId);
  }

  private final class Run implements TabularFile.RowHandler {
    private final ImportSource from;
    private final RowChecks checks = new RowChecks(ref, onePeriod());
    private final List<R> rows = new ArrayList<>();
    private Columns columns;
    private long count;
    private ImportReport report;

    Run(ImportSource from) {
      this.from = from;
    }

    Run read(RowSource source, Connection c, LongConsumer progress)
        throws IOException, SQLException {
      source.read(this, progress);
      if (columns == null) {
        header(new String[0]);
      }
      if (count == 0 && !checks.problems.any()) {
        checks.problems.add(ImportProblem.of(0, "", "", "import.problem.noRows"));
      }
      checkAll(rows, checks);
      // The batch is written after this report, so there is no own batch to leave out.
      ImportBatches.Earlier earlier = ImportBatches.earlier(c, from,
          onePeriod() ? checks.minPeriod() : null, -1, checks.problems);
      report = new ImportReport(kind(), from.fileName(), from.source(), from.checksum(),
          source.encodingLabel(), source.delimiterLabel(), count, checks.minPeriod(),
          checks.maxPeriod(), checks.problems.listed(), checks.problems.total(),
          checks.problems.counts(), orgTotals(rows), lineTotals(rows), null, totalAmount(rows),
          0, earlier.replaces(), earlier.same(), null);
      return this;
    }

    @Override
    public void header(String[] names) {
      List<ImportProblem> found = new ArrayList<>();
      columns = Columns.resolve(names, columns(), found);
      checks.problems.addAll(found);
    }

    @Override
    public void row(long rowNo, String[] cells) {
      count++;
      for (int i = 0; i < columns.size(); i++) {
        if (columns().get(i).required() && !columns.present(i)) {
          return;
        }
      }
      R row = parse(rowNo, columns, cells, checks);
      if (row != null) {
        rows.add(row);
      }
    }
  }
}
