package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.platform.BatchInsert;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportKind;

/** Poolkostnader: a pool's cost for the month, one or more lines per pool, one month per file. */
public final class PoolCostImport extends SimpleImport<PoolCostImport.Row> {
  static final int PERIOD = 0;
  static final int POOL = 1;
  static final int AMOUNT = 2;
  static final int NOTE = 3;
  public static final List<Column> COLUMNS = List.of(
      Column.required("period", "månad", "manad", "datum", "month", "date"),
      Column.required("pool", "kostnadspool", "kostnadspoolkod", "poolkod"),
      Column.required("belopp", "kostnad", "amount", "cost", "kr"),
      Column.optional("kommentar", "text", "note", "beskrivning", "konto"));

  record Row(long rowNo, YearMonth period, ReferenceData.Pool pool, BigDecimal amount,
      String note) {}

  public PoolCostImport(ReferenceData ref) {
    super(ref);
  }

  @Override
  ImportKind kind() {
    return ImportKind.POOL_COST;
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  boolean onePeriod() {
    return true;
  }

  @Override
  Row parse(long rowNo, Columns columns, String[] cells, RowChecks checks) {
    long before = checks.problems.total();
    YearMonth period = checks.period(rowNo, columns.name(PERIOD), columns.cell(cells, PERIOD));
    ReferenceData.Pool pool = checks.pool(rowNo, columns.name(POOL), columns.cell(cells, POOL));
    BigDecimal amount = checks.number(rowNo, columns.name(AMOUNT), columns.cell(cells, AMOUNT), 2,
        true, "import.problem.amountMissing");
    String note = columns.cell(cells, NOTE);
    if (note.length() > 200) {
      checks.problems.add(ImportProblem.of(rowNo, columns.name(NOTE), note,
          "import.problem.textTooLong", 200));
    }
    return checks.problems.total() > before ? null
        : new Row(rowNo, period, pool, amount.setScale(2), note);
  }

  @Override
  void write(Connection c, long batchId, List<Row> rows) throws SQLException {
    try (PreparedStatement ps = BatchInsert.prepare(c, "INSERT INTO pool_cost (pool_id, period,"
        + " batch_id, row_no, amount, note) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        ps.setLong(1, row.pool().id());
        ps.setDate(2, Date.valueOf(row.period().atDay(1)));
        ps.setLong(3, batchId);
        ps.setLong(4, row.rowNo());
        ps.setBigDecimal(5, row.amount());
        if (row.note().isEmpty()) {
          ps.setNull(6, Types.VARCHAR);
        } else {
          ps.setString(6, row.note());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  List<ImportReport.OrgTotal> orgTotals(List<Row> rows) {
    return List.of();
  }

  @Override
  List<ImportReport.LineTotal> lineTotals(List<Row> rows) {
    Map<ReferenceData.Pool, BigDecimal> sums = new LinkedHashMap<>();
    Map<ReferenceData.Pool, Long> counts = new LinkedHashMap<>();
    for (Row row : rows) {
      sums.merge(row.pool(), row.amount(), BigDecimal::add);
      counts.merge(row.pool(), 1L, Long::sum);
    }
    List<ImportReport.LineTotal> result = new ArrayList<>();
    sums.forEach((pool, sum) -> result.add(new ImportReport.LineTotal(pool.code(), pool.name(),
        "", "", counts.get(pool), null, sum)));
    result.sort(Comparator.comparing(ImportReport.LineTotal::code));
    return result;
  }

  @Override
  BigDecimal totalAmount(List<Row> rows) {
    return rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  List<YearMonth> periods(List<Row> rows) {
    return rows.stream().map(Row::period).distinct().toList();
  }
}
