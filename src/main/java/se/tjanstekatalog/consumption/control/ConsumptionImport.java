package se.tjanstekatalog.consumption.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.ImportKind;

/**
 * Förbrukning from a file or feed: one month per file, every row checked (period, org,
 * service level, quantity, duplicates), totals per org and level. {@link #preview} only
 * reads; {@link #store} reads again, checks again and writes the rows and their month sums
 * ({@link ConsumptionRows}) in the caller's transaction, which the caller rolls back on
 * {@link ImportRejected}. Plain Java: the portal and the benchmark run this code.
 */
public final class ConsumptionImport {
  static final int PERIOD = 0;
  static final int ORG = 1;
  static final int SERVICE = 2;
  static final int LEVEL = 3;
  static final int QUANTITY = 4;
  static final int REFERENCE = 5;
  public static final List<Column> COLUMNS = List.of(
      Column.required("period", "månad", "manad", "datum", "month", "date"),
      Column.required("förvaltning", "forvaltning", "org", "organisation", "kund", "bolag",
          "förvaltning/bolag", "orgkod"),
      Column.required("tjänst", "tjanst", "service", "tjänstekod", "basleverans"),
      Column.required("nivå", "niva", "ambitionsnivå", "ambitionsniva", "level"),
      Column.required("antal", "kvantitet", "quantity", "mängd", "mangd", "förbrukning"),
      Column.optional("referens", "reference", "resurs", "resource", "användare", "id"));
  static final int MAX_SCALE = 4;
  static final int MAX_REFERENCE = 100;

  private final ReferenceData ref;
  private final Executor worker;

  /**
   * @param worker runs the statement that stores the rows while this importer still reads
   *     them (a container-managed executor in the portal)
   */
  public ConsumptionImport(ReferenceData ref, Executor worker) {
    this.ref = ref;
    this.worker = worker;
  }

  /** Reads and checks everything, saves nothing. */
  public ImportReport preview(RowSource rows, ImportSource source, Connection c,
      LongConsumer progress) throws IOException, SQLException {
    Run run = new Run(source, null);
    readAll(rows, run, progress);
    return run.report(rows, c);
  }

  /**
   * Reads, checks and saves in the caller's transaction. On any problem the rows written so
   * far must not stay: the exception tells the caller to roll back.
   */
  public ImportReport store(RowSource rows, ImportSource source, Connection c,
      LongConsumer progress) throws IOException, SQLException {
    try (ConsumptionRows writer = new ConsumptionRows(c, source, worker)) {
      Run run = new Run(source, writer);
      readAll(rows, run, progress);
      writer.endRows();
      ImportReport report = run.report(rows, c);
      if (!report.valid()) {
        throw new ImportRejected(report);
      }
      long batchId = writer.writeSums();
      ImportBatches.finish(c, batchId, report.rows(), report.totalQuantity(),
          report.totalAmount());
      ImportBatches.replace(c, report.replaces(), batchId);
      return report.withStoredBatch(batchId);
    }
  }

  /** One pass over the rows. */
  private final class Run implements TabularFile.RowHandler {
    private final ImportSource source;
    private final ConsumptionRows writer;
    private final RowChecks checks = new RowChecks(ref, true);
    private final Problems problems = checks.problems;
    private final RowKeys seen = new RowKeys();
    private final Map<Long, long[]> orgRowsAndOre = new HashMap<>();
    private final Map<Long, BigDecimal> levelQuantity = new HashMap<>();
    private final Map<Long, long[]> levelRowsAndOre = new HashMap<>();
    private Columns columns;
    private YearMonth period;
    private Map<Long, BigDecimal> prices = Map.of();
    private final Map<Long, Long> priceOre = new HashMap<>();
    private long rows;
    private long unpriced;
    private BigDecimal totalQuantity = BigDecimal.ZERO;

    Run(ImportSource source, ConsumptionRows writer) {
      this.source = source;
      this.writer = writer;
    }

    @Override
    public void header(String[] names) {
      List<ImportProblem> found = new ArrayList<>();
      columns = Columns.resolve(names, COLUMNS, found);
      problems.addAll(found);
    }

    @Override
    public void row(long rowNo, String[] cells) {
      rows++;
      if (!columns.present(PERIOD) || !columns.present(ORG) || !columns.present(SERVICE)
          || !columns.present(QUANTITY)) {
        return; // the missing column is already reported once
      }
      int before = (int) Math.min(problems.total(), Integer.MAX_VALUE);
      YearMonth month = checks.period(rowNo, columns.name(PERIOD), columns.cell(cells, PERIOD));
      if (month != null && period == null) {
        period = month;
        try {
          prices = ref.prices(month);
        } catch (SQLException e) {
          throw new StoreFailure(e);
        }
      }
      ReferenceData.Org org = checks.org(rowNo, columns.name(ORG), columns.cell(cells, ORG), month);
      ReferenceData.Level level = level(rowNo, columns.cell(cells, SERVICE),
          columns.cell(cells, LEVEL), month);
      BigDecimal quantity = checks.number(rowNo, columns.name(QUANTITY),
          columns.cell(cells, QUANTITY), MAX_SCALE, true, "import.problem.quantityMissing");
      String reference = columns.cell(cells, REFERENCE);
      if (reference.length() > MAX_REFERENCE) {
        problems.add(ImportProblem.of(rowNo, columns.name(REFERENCE), reference,
            "import.problem.referenceTooLong", MAX_REFERENCE));
        reference = reference.substring(0, MAX_REFERENCE);
      }
      if (org != null && level != null) {
        int first = seen.addOrRow(org.id(), level.id(), reference, rowNo);
        if (first >= 0) {
          problems.add(ImportProblem.of(rowNo, "", duplicateValue(org, ref.serviceOfLevel(
              level.id()), level, reference), "import.problem.duplicate", first));
        }
      }
      if (problems.total() > before || month == null || org == null || level == null
          || quantity == null) {
        return;
      }
      count(org, level, quantity);
      if (writer != null && !problems.any()) {
        try {
          writer.add(month, rowNo, org.id(), level.id(), quantity, reference);
        } catch (SQLException e) {
          throw new StoreFailure(e);
        }
      }
    }

    private ReferenceData.Level level(long rowNo, String serviceText, String levelText,
        YearMonth month) {
      ReferenceData.Match<ReferenceData.Service> service = ref.service(serviceText);
      if (!service.found()) {
        problems.add(service.ambiguous()
            ? ImportProblem.of(rowNo, columns.name(SERVICE), serviceText,
                "import.problem.serviceAmbiguous",
                RowChecks.codes(service.candidates().stream().map(ReferenceData.Service::code).toList()))
            : ImportProblem.of(rowNo, columns.name(SERVICE), serviceText,
                "import.problem.serviceUnknown"));
        return null;
      }
      ReferenceData.Service s = service.value();
      if (s.fixedMonthly()) {
        problems.add(ImportProblem.of(rowNo, columns.name(SERVICE), serviceText,
            "import.problem.fixedService", s.code()));
        return null;
      }
      ReferenceData.Match<ReferenceData.Level> level = ref.level(s, levelText);
      if (!level.found()) {
        problems.add(ImportProblem.of(rowNo, columns.name(LEVEL), levelText,
            levelText.isBlank() ? "import.problem.levelMissing" : "import.problem.levelUnknown",
            s.code(), RowChecks.codes(s.levels().stream().map(ReferenceData.Level::code).toList())));
        return null;
      }
      if (month != null && (s.retired() || !level.value().activeIn(month))) {
        problems.add(ImportProblem.of(rowNo, columns.name(LEVEL), levelText,
            "import.problem.levelRetired", s.code() + " " + level.value().code(),
            SwedishFormat.month(month)));
        return null;
      }
      return level.value();
    }

    /** Totals; a line's value is quantity × charged price, rounded HALF_UP to öre per line. */
    private void count(ReferenceData.Org org, ReferenceData.Level level, BigDecimal quantity) {
      totalQuantity = totalQuantity.add(quantity);
      levelQuantity.merge(level.id(), quantity, BigDecimal::add);
      long ore = lineOre(level.id(), quantity);
      long[] o = orgRowsAndOre.computeIfAbsent(org.id(), k -> new long[2]);
      long[] l = levelRowsAndOre.computeIfAbsent(level.id(), k -> new long[2]);
      o[0]++;
      l[0]++;
      if (ore >= 0) {
        o[1] += ore;
        l[1] += ore;
      } else {
        unpriced++;
      }
    }

    private long lineOre(long levelId, BigDecimal quantity) {
      Long price = priceOre.computeIfAbsent(levelId, id -> {
        BigDecimal p = prices.get(id);
        return p == null ? -1L : p.movePointRight(2).longValueExact();
      });
      if (price < 0) {
        return -1;
      }
      BigDecimal amount = Amount.line(quantity, BigDecimal.valueOf(price, 2)).value();
      return amount.unscaledValue().longValueExact();
    }

    ImportReport report(RowSource rows, Connection c) throws SQLException {
      if (columns == null) {
        columns = Columns.resolve(new String[0], COLUMNS, new ArrayList<>());
      }
      if (this.rows == 0 && !problems.any()) {
        problems.add(ImportProblem.of(0, "", "", "import.problem.noRows"));
      }
      ImportBatches.Earlier earlier = ImportBatches.earlier(c, source, period,
          writer == null ? -1 : writer.batchId(), problems);
      long totalOre = 0;
      List<ImportReport.OrgTotal> orgTotals = new ArrayList<>();
      for (Map.Entry<Long, long[]> e : orgRowsAndOre.entrySet()) {
        ReferenceData.Org org = ref.org(e.getKey());
        orgTotals.add(new ImportReport.OrgTotal(org.code(), org.name(), e.getValue()[0],
            BigDecimal.valueOf(e.getValue()[1], 2)));
        totalOre += e.getValue()[1];
      }
      orgTotals.sort(Comparator.comparing(ImportReport.OrgTotal::code));
      List<ImportReport.LineTotal> lineTotals = new ArrayList<>();
      for (Map.Entry<Long, long[]> e : levelRowsAndOre.entrySet()) {
        ReferenceData.Service s = ref.serviceOfLevel(e.getKey());
        ReferenceData.Level level = ref.level(e.getKey());
        lineTotals.add(new ImportReport.LineTotal(s.code(), s.name(), level.name(),
            "unit." + s.unit(), e.getValue()[0], levelQuantity.get(e.getKey()),
            prices.containsKey(e.getKey()) ? BigDecimal.valueOf(e.getValue()[1], 2) : null));
      }
      lineTotals.sort(Comparator.comparing(ImportReport.LineTotal::code)
          .thenComparing(ImportReport.LineTotal::detail));
      return new ImportReport(ImportKind.CONSUMPTION, source.fileName(), source.source(),
          source.checksum(), rows.encodingLabel(), rows.delimiterLabel(), this.rows, period,
          period, problems.listed(), problems.total(), problems.counts(), orgTotals, lineTotals,
          totalQuantity, BigDecimal.valueOf(totalOre, 2), unpriced, earlier.replaces(), earlier.same(), null);
    }
  }

  /**
   * The value a duplicate row is reported with: org, service (code and name, since level
   * codes repeat across services), level and reference.
   */
  static String duplicateValue(ReferenceData.Org org, ReferenceData.Service service,
      ReferenceData.Level level, String reference) {
    String serviceText = service == null ? "?" : service.code() + " " + service.name();
    return org.code() + " / " + serviceText + " / " + level.code()
        + (reference.isEmpty() ? "" : " / " + reference);
  }

  static void readAll(RowSource rows, TabularFile.RowHandler run, LongConsumer progress)
      throws IOException, SQLException {
    try {
      rows.read(run, progress);
    } catch (StoreFailure e) {
      throw e.getCause();
    }
  }

  /** A database error in the middle of reading rows, carried out of the row handler. */
  public static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
