package se.tjanstekatalog.organisation.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Violation;

/**
 * The org register as an Excel workbook (issue 17): the template, the export of the register
 * and the reading of a filled-in workbook. The first sheet, {@value #SHEET}, holds one org per
 * row; a second sheet explains the columns. Plain Java: the same class writes and reads, so a
 * round trip of an export reads back exactly what was written.
 *
 * <p>Reading checks every row against {@link OrgUnitRules} and codes repeated in the file, and
 * returns all rows or the problems (row, column and reason, as a consumption import reports
 * them); whether a row creates or changes an org is the register's to decide.
 */
public final class OrgRegisterWorkbook {
  public static final String SHEET = "Organisationer";
  static final int CODE = 0;
  static final int NAME = 1;
  static final int KIND = 2;
  static final int COST_CENTRE = 3;
  static final int COUNTERPART = 4;
  static final int FROM = 5;
  static final int TO = 6;
  public static final List<Column> COLUMNS = List.of(
      Column.required("Kod", "orgkod", "code", "organisation"),
      Column.required("Namn", "name", "benämning"),
      Column.required("Typ", "kind", "slag", "förvaltning eller bolag"),
      Column.required("Ansvar", "kostnadsställe", "ansvar (kostnadsställe)", "cost centre",
          "costcentre"),
      Column.required("Motpart", "motpartskod", "counterpart", "counterpartcode"),
      Column.required("Giltig från", "aktiv från", "from", "activefrom", "valid from"),
      Column.optional("Giltig till", "aktiv till", "to", "activeto", "valid to"));
  /** The kind as the workbook writes it; reading also takes the code names and FÖRVALTNING. */
  static final Map<OrgKind, String> KIND_TEXT = Map.of(
      OrgKind.ADMINISTRATION, "förvaltning", OrgKind.COMPANY, "bolag");

  private OrgRegisterWorkbook() {}

  /** A row read from the workbook, with its row number for the report. */
  public record Line(long rowNo, OrgUnitData data) {}

  /** What a workbook holds: every row when {@code problems} is empty, else no rows. */
  public record Reading(long rows, List<Line> lines, List<ImportProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** The problems as the consumption import's report, for the page and the 422. */
    public ImportReport report(String fileName) {
      // Per reason, worded as its first problem (the register's rules have no short texts).
      Map<String, ImportProblem> first = new java.util.LinkedHashMap<>();
      Map<String, Long> counts = new HashMap<>();
      problems.forEach(p -> {
        first.putIfAbsent(p.key(), p);
        counts.merge(p.key(), 1L, Long::sum);
      });
      List<ImportReport.ProblemCount> byKey = new ArrayList<>();
      first.forEach((key, p) -> byKey.add(
          new ImportReport.ProblemCount(key, p.reason(), counts.get(key))));
      List<ImportProblem> listed = problems.size() > ImportReport.MAX_LISTED
          ? problems.subList(0, ImportReport.MAX_LISTED) : problems;
      // kind null: the org register is no consumption-import kind (no batch, no history).
      return new ImportReport(null, fileName, SHEET, null, "xlsx", "", rows, null, null,
          List.copyOf(listed), problems.size(), byKey, List.of(), List.of(), null,
          BigDecimal.ZERO, 0, List.of(), List.of(), null);
    }
  }

  /** The empty workbook to fill in: the header row and the explanations. */
  public static byte[] template() {
    return write(List.of());
  }

  /** The register as a workbook, by code, in the template's layout. */
  public static byte[] write(List<OrgUnitData> orgs) {
    ExcelBook book = new ExcelBook();
    Sheet sheet = book.workbook().createSheet(SHEET);
    book.headerRow(sheet, 0, COLUMNS.stream().map(Column::label).toList());
    CellStyle date = book.workbook().createCellStyle();
    date.setDataFormat(book.workbook().createDataFormat().getFormat("yyyy-mm-dd"));
    int r = 1;
    for (OrgUnitData org : orgs.stream()
        .sorted(java.util.Comparator.comparing(OrgUnitData::code)).toList()) {
      Row row = sheet.createRow(r++);
      ExcelBook.text(row, CODE, org.code());
      ExcelBook.text(row, NAME, org.name());
      ExcelBook.text(row, KIND, org.kind() == null ? "" : KIND_TEXT.get(org.kind()));
      ExcelBook.text(row, COST_CENTRE, org.costCentre());
      ExcelBook.text(row, COUNTERPART, org.counterpartCode());
      dateCell(row, FROM, org.activeFrom(), date);
      dateCell(row, TO, org.activeTo(), date);
    }
    ExcelBook.widths(sheet, 12, 42, 14, 12, 10, 14, 14);
    sheet.createFreezePane(0, 1);
    Sheet help = book.workbook().createSheet("Instruktioner");
    int h = 0;
    for (String line : Messages.sv("orgRegister.workbook.help").split("\\|")) {
      ExcelBook.text(help.createRow(h++), 0, line.strip());
    }
    ExcelBook.widths(help, 110);
    return book.bytes("org register");
  }

  private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  /** Reads and checks every row of the first sheet; the file's own faults become problems. */
  public static Reading read(RowSource source) throws IOException {
    Reader reader = new Reader(source.encodingLabel().equals("xlsx") ? SHEET + ", " : "");
    source.read(reader, bytes -> { });
    return reader.finish();
  }

  private static final class Reader implements TabularFile.RowHandler {
    private final String sheet;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Long> firstRow = new HashMap<>();
    private Columns columns;
    private boolean headerBroken;
    private long rows;

    Reader(String sheet) {
      this.sheet = sheet;
    }

    @Override
    public void header(String[] names) {
      List<ImportProblem> found = new ArrayList<>();
      columns = Columns.resolve(names, COLUMNS, found);
      found.forEach(p -> problems.add(ImportProblem.of(p.row(), sheet + p.column(), p.value(),
          p.key(), p.args())));
      headerBroken = !found.isEmpty();
    }

    @Override
    public void row(long rowNo, String[] cells) {
      rows++;
      if (headerBroken) {
        return; // the rows cannot be read column by column
      }
      int before = problems.size();
      LocalDate from = date(rowNo, FROM, cells);
      LocalDate to = date(rowNo, TO, cells);
      OrgKind kind = kind(rowNo, cells);
      if (problems.size() > before) {
        return;
      }
      OrgUnitData data = new OrgUnitData(null, 0, cell(cells, CODE), cell(cells, NAME), kind,
          cell(cells, COST_CENTRE), cell(cells, COUNTERPART), from, to).normalized();
      for (Violation v : OrgUnitRules.check(data)) {
        int column = column(v.field());
        problems.add(ImportProblem.of(rowNo, where(column), cell(cells, column), v.key(),
            v.args()));
      }
      if (problems.size() > before) {
        return;
      }
      Long earlier = firstRow.putIfAbsent(data.code(), rowNo);
      if (earlier != null) {
        problems.add(ImportProblem.of(rowNo, where(CODE), data.code(),
            "orgRegister.problem.codeTwice", earlier));
        return;
      }
      lines.add(new Line(rowNo, data));
    }

    Reading finish() {
      if (columns == null || (problems.isEmpty() && rows == 0)) {
        problems.add(ImportProblem.of(0, sheet.isEmpty() ? "" : SHEET, "",
            "import.problem.noRows"));
      }
      return problems.isEmpty() ? new Reading(rows, List.copyOf(lines), List.of())
          : new Reading(rows, List.of(), List.copyOf(problems));
    }

    private String cell(String[] cells, int column) {
      return columns.cell(cells, column).strip();
    }

    private String where(int column) {
      return sheet + columns.name(column);
    }

    private LocalDate date(long rowNo, int column, String[] cells) {
      String text = cell(cells, column);
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        problems.add(ImportProblem.of(rowNo, where(column), text, "orgRegister.problem.date"));
        return null;
      }
    }

    private OrgKind kind(long rowNo, String[] cells) {
      String text = cell(cells, KIND);
      OrgKind kind = parseKind(text);
      if (kind == null && !text.isEmpty()) {
        problems.add(ImportProblem.of(rowNo, where(KIND), text, "orgRegister.problem.kind"));
      }
      return kind;
    }

    private static int column(String field) {
      return switch (field) {
        case "code" -> CODE;
        case "name" -> NAME;
        case "kind" -> KIND;
        case "costCentre" -> COST_CENTRE;
        case "counterpartCode" -> COUNTERPART;
        case "activeFrom" -> FROM;
        default -> TO;
      };
    }
  }

  /** förvaltning / bolag in any case, or the code names; null when it is neither. */
  public static OrgKind parseKind(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "förvaltning", "forvaltning", "administration" -> OrgKind.ADMINISTRATION;
      case "bolag", "company" -> OrgKind.COMPANY;
      default -> null;
    };
  }
}
