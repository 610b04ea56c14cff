package se.tjanstekatalog.shared.imports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What an import found, before (preview) or after (stored) saving: where the file came from,
 * its rows and periods, totals per org and per service level, every problem (the first
 * {@value #MAX_LISTED} listed, all counted), and which earlier imports it replaces or repeats.
 */
public record ImportReport(
    ImportKind kind,
    String fileName,
    String source,
    String checksum,
    String encoding,
    String delimiter,
    long rows,
    YearMonth periodFrom,
    YearMonth periodTo,
    List<ImportProblem> problems,
    long problemCount,
    List<ProblemCount> problemCounts,
    List<OrgTotal> orgTotals,
    List<LineTotal> lineTotals,
    BigDecimal totalQuantity,
    BigDecimal totalAmount,
    long unpricedRows,
    List<BatchRef> replaces,
    List<BatchRef> sameFile,
    Long storedBatchId) implements Serializable {

  public static final int MAX_LISTED = 1000;

  /** Rows per org with their value at the month's charged prices (kr). */
  public record OrgTotal(String code, String name, long rows, BigDecimal amount)
      implements Serializable {}

  /**
   * Per service level (consumption), per pool (pool costs) or per measure (key values): the
   * quantity, its unit and its value in kr where it has one.
   */
  public record LineTotal(String code, String name, String detail, String unit, long rows,
      BigDecimal quantity, BigDecimal amount) implements Serializable {}

  public record ProblemCount(String key, String reason, long count) implements Serializable {}

  /** An earlier import, as the history shows it. */
  public record BatchRef(long id, String source, String fileName, YearMonth period,
      long rows, String importedBy, Instant importedAt, String status) implements Serializable {}

  public boolean valid() {
    return problemCount == 0;
  }

  public boolean replacing() {
    return !replaces.isEmpty();
  }

  /** The same bytes were imported before (as the history says). */
  public boolean repeated() {
    return !sameFile.isEmpty();
  }

  /**
   * A file that could not be read to its end: the one problem that stopped it, no rows and
   * no totals (nothing of it is saved).
   */
  public static ImportReport unreadable(ImportSource source, RowSource rows,
      ImportProblem problem) {
    return new ImportReport(source.kind(), source.fileName(), source.source(),
        source.checksum(), rows.encodingLabel(), rows.delimiterLabel(), 0, null, null,
        List.of(problem), 1, List.of(new ProblemCount(problem.key(), problem.reason(), 1)),
        List.of(), List.of(), null, BigDecimal.ZERO, 0, List.of(), List.of(), null);
  }

  public ImportReport withStoredBatch(long batchId) {
    return new ImportReport(kind, fileName, source, checksum, encoding, delimiter, rows,
        periodFrom, periodTo, problems, problemCount, problemCounts, orgTotals, lineTotals,
        totalQuantity, totalAmount, unpricedRows, replaces, sameFile, batchId);
  }
}
