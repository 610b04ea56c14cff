package se.tjanstekatalog.consumption.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.organisation.control.KeyValueWriter;
import se.tjanstekatalog.organisation.control.KeyValueWriter.KeyValueRow;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportKind;

/**
 * Nyckeltal: headcount, FTE and turnover per org and month, any number of months per file.
 * A cell left empty leaves the stored value as it is; a row sets only what it gives.
 */
public final class KeyValueImport extends SimpleImport<KeyValueImport.Row> {
  static final int PERIOD = 0;
  static final int ORG = 1;
  static final int HEADCOUNT = 2;
  static final int FTE = 3;
  static final int TURNOVER = 4;
  public static final List<Column> COLUMNS = List.of(
      Column.required("period", "månad", "manad", "datum", "month", "date"),
      Column.required("förvaltning", "forvaltning", "org", "organisation", "kund", "bolag",
          "orgkod"),
      Column.optional("medarbetare", "antal medarbetare", "antalmedarbetare", "headcount",
          "anställda", "antal anställda"),
      Column.optional("årsarbetare", "arsarbetare", "fte", "åa"),
      Column.optional("omslutning", "turnover", "omsättning", "omslutning kr"));

  record Row(long rowNo, YearMonth period, ReferenceData.Org org, BigDecimal headcount,
      BigDecimal fte, BigDecimal turnover) {}

  public KeyValueImport(ReferenceData ref) {
    super(ref);
  }

  @Override
  ImportKind kind() {
    return ImportKind.KEY_VALUES;
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  boolean onePeriod() {
    return false;
  }

  @Override
  Row parse(long rowNo, Columns columns, String[] cells, RowChecks checks) {
    if (!columns.present(HEADCOUNT) && !columns.present(FTE) && !columns.present(TURNOVER)) {
      if (checks.problems.total() == 0) {
        checks.problems.add(ImportProblem.of(1, "", "", "import.problem.noMeasure"));
      }
      return null;
    }
    long before = checks.problems.total();
    YearMonth period = checks.period(rowNo, columns.name(PERIOD), columns.cell(cells, PERIOD));
    ReferenceData.Org org = checks.org(rowNo, columns.name(ORG), columns.cell(cells, ORG), period);
    BigDecimal headcount = checks.number(rowNo, columns.name(HEADCOUNT),
        columns.cell(cells, HEADCOUNT), 0, false, null);
    BigDecimal fte = checks.number(rowNo, columns.name(FTE), columns.cell(cells, FTE), 2, false,
        null);
    BigDecimal turnover = checks.number(rowNo, columns.name(TURNOVER),
        columns.cell(cells, TURNOVER), 2, false, null);
    if (checks.problems.total() > before) {
      return null;
    }
    if (headcount == null && fte == null && turnover == null) {
      checks.problems.add(ImportProblem.of(rowNo, columns.name(HEADCOUNT), "",
          "import.problem.rowEmpty"));
      return null;
    }
    if (headcount != null && headcount.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      checks.problems.add(ImportProblem.of(rowNo, columns.name(HEADCOUNT),
          columns.cell(cells, HEADCOUNT), "import.problem.tooLarge"));
      return null;
    }
    return new Row(rowNo, period, org, headcount, fte, turnover);
  }

  @Override
  void checkAll(List<Row> rows, RowChecks checks) {
    Map<String, Long> first = new HashMap<>();
    for (Row row : rows) {
      Long earlier = first.putIfAbsent(row.org().code() + "|" + row.period(), row.rowNo());
      if (earlier != null) {
        checks.problems.add(ImportProblem.of(row.rowNo(), "", row.org().code() + " / "
            + se.tjanstekatalog.shared.SwedishFormat.month(row.period()),
            "import.problem.duplicate", earlier));
      }
    }
  }

  @Override
  void write(Connection c, long batchId, List<Row> rows) throws SQLException {
    KeyValueWriter.upsert(c, rows.stream().map(row -> new KeyValueRow(row.org().id(),
        row.period(), row.headcount(), row.fte(), row.turnover())).toList());
  }

  @Override
  List<ImportReport.OrgTotal> orgTotals(List<Row> rows) {
    Map<ReferenceData.Org, Long> counts = new LinkedHashMap<>();
    rows.forEach(r -> counts.merge(r.org(), 1L, Long::sum));
    List<ImportReport.OrgTotal> result = new ArrayList<>();
    counts.forEach((org, n) -> result.add(new ImportReport.OrgTotal(org.code(), org.name(), n,
        null)));
    result.sort(Comparator.comparing(ImportReport.OrgTotal::code));
    return result;
  }

  /** Per month: the sum of each measure over the orgs in the file. */
  @Override
  List<ImportReport.LineTotal> lineTotals(List<Row> rows) {
    Map<YearMonth, BigDecimal[]> sums = new java.util.TreeMap<>();
    Map<YearMonth, Long> counts = new HashMap<>();
    for (Row row : rows) {
      BigDecimal[] s = sums.computeIfAbsent(row.period(),
          p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = row.headcount() == null ? s[0] : s[0].add(row.headcount());
      s[1] = row.fte() == null ? s[1] : s[1].add(row.fte());
      s[2] = row.turnover() == null ? s[2] : s[2].add(row.turnover());
      counts.merge(row.period(), 1L, Long::sum);
    }
    List<ImportReport.LineTotal> result = new ArrayList<>();
    sums.forEach((period, s) -> {
      String month = se.tjanstekatalog.shared.SwedishFormat.month(period);
      result.add(new ImportReport.LineTotal(month, "keyValue.measure.HEADCOUNT", "", "",
          counts.get(period), s[0], null));
      result.add(new ImportReport.LineTotal(month, "keyValue.measure.FTE", "", "",
          counts.get(period), s[1], null));
      result.add(new ImportReport.LineTotal(month, "keyValue.measure.TURNOVER", "", "",
          counts.get(period), null, s[2]));
    });
    return result;
  }

  @Override
  BigDecimal totalAmount(List<Row> rows) {
    return null;
  }

  @Override
  List<YearMonth> periods(List<Row> rows) {
    return List.of(); // key values need no open_period row: their guard is a trigger
  }
}
