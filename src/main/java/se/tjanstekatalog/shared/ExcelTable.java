package se.tjanstekatalog.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of an export that is a page's table as it stands: a few label–value lines saying
 * what it is, an empty line, bold column headings with an auto filter, then the rows. Each
 * column has a {@link Kind}, so numbers are numbers (kronor formatted as {@code 1 234,50 kr})
 * and times are times; the reader sorts, filters and sums. The page exports of the consumption
 * overview, the price lists and the period overview are written with it.
 */
public final class ExcelTable {
  /** Neutral notation; a Swedish Excel shows {@code 1 234}. */
  public static final String INTEGER_FORMAT = "#,##0";
  public static final String DECIMAL_FORMAT = "#,##0.00";
  public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /** What a column holds and so how its cells are written. */
  public enum Kind { TEXT, INTEGER, DECIMAL, KRONOR, DATE_TIME }

  /** A column: its heading, kind and width in characters. */
  public record Column(String heading, Kind kind, int width) {
    public Column {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private final String sheetName;
  private final List<Column> columns = new ArrayList<>();
  private final List<String[]> about = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();

  /** A table on a sheet named by the Swedish text of {@code sheetKey}. */
  public ExcelTable(String sheetKey) {
    this.sheetName = Messages.sv(Objects.requireNonNull(sheetKey, "sheetKey"));
  }

  /** A text column headed by the Swedish text of {@code headingKey}. */
  public ExcelTable text(String headingKey, int width) {
    return column(headingKey, Kind.TEXT, width);
  }

  /** A column of whole numbers, e.g. a count of rows. */
  public ExcelTable integer(String headingKey, int width) {
    return column(headingKey, Kind.INTEGER, width);
  }

  /** A column of quantities with two decimals. */
  public ExcelTable decimal(String headingKey, int width) {
    return column(headingKey, Kind.DECIMAL, width);
  }

  /** A column of amounts in kronor. */
  public ExcelTable kronor(String headingKey, int width) {
    return column(headingKey, Kind.KRONOR, width);
  }

  /** A column of times, shown in Swedish time. */
  public ExcelTable dateTime(String headingKey, int width) {
    return column(headingKey, Kind.DATE_TIME, width);
  }

  private ExcelTable column(String headingKey, Kind kind, int width) {
    if (!rows.isEmpty()) {
      throw new IllegalStateException("Columns come before rows in " + sheetName);
    }
    columns.add(new Column(Messages.sv(headingKey), kind, width));
    return this;
  }

  /** The columns so far. */
  public List<Column> columns() {
    return List.copyOf(columns);
  }

  /** A line above the table: the Swedish text of {@code labelKey}, then {@code value}. */
  public ExcelTable about(String labelKey, String value) {
    about.add(new String[] {Messages.sv(labelKey), value});
    return this;
  }

  /**
   * A row, one value per column: text, a number ({@link BigDecimal}, {@link Number} or
   * {@link Amount}) or an {@link Instant}; null leaves the cell empty.
   */
  public ExcelTable row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(values.length + " values for " + columns.size()
          + " columns of " + sheetName);
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  /** The row index of the headings (0-based): after the lines above and one empty row. */
  public int headingRow() {
    return about.isEmpty() ? 0 : about.size() + 1;
  }

  /** The .xlsx bytes of a workbook with these tables as its sheets, in order. */
  public static byte[] workbook(String what, List<ExcelTable> tables) {
    ExcelBook book = new ExcelBook();
    Map<Kind, CellStyle> styles = styles(book);
    for (ExcelTable table : tables) {
      table.write(book, styles);
    }
    return book.bytes(what);
  }

  private void write(ExcelBook book, Map<Kind, CellStyle> styles) {
    Sheet sheet = book.workbook().createSheet(sheetName);
    for (int i = 0; i < about.size(); i++) {
      Row row = sheet.createRow(i);
      ExcelBook.text(row, 0, about.get(i)[0]).setCellStyle(book.styles().bold());
      ExcelBook.text(row, 1, about.get(i)[1]);
    }
    int heading = headingRow();
    book.headerRow(sheet, heading, columns.stream().map(Column::heading).toList());
    int r = heading;
    for (List<Object> values : rows) {
      Row row = sheet.createRow(++r);
      for (int c = 0; c < columns.size(); c++) {
        cell(row, c, columns.get(c).kind(), values.get(c), styles);
      }
    }
    sheet.createFreezePane(0, heading + 1);
    sheet.setAutoFilter(new CellRangeAddress(heading, Math.max(heading, r), 0,
        columns.size() - 1));
    ExcelBook.widths(sheet, columns.stream().mapToInt(Column::width).toArray());
  }

  private static void cell(Row row, int column, Kind kind, Object value,
      Map<Kind, CellStyle> styles) {
    if (kind == Kind.TEXT) {
      ExcelBook.text(row, column, value == null ? null : value.toString());
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.get(kind));
    if (value instanceof Instant instant) {
      cell.setCellValue(LocalDateTime.ofInstant(instant, STOCKHOLM));
    } else if (value instanceof Amount amount) {
      cell.setCellValue(amount.value().doubleValue());
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value != null) {
      throw new IllegalArgumentException("Not a " + kind + " value: " + value.getClass());
    }
  }

  private static Map<Kind, CellStyle> styles(ExcelBook book) {
    Workbook workbook = book.workbook();
    Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    styles.put(Kind.KRONOR, book.styles().kronor());
    styles.put(Kind.INTEGER, format(workbook, INTEGER_FORMAT));
    styles.put(Kind.DECIMAL, format(workbook, DECIMAL_FORMAT));
    styles.put(Kind.DATE_TIME, format(workbook, DATE_TIME_FORMAT));
    return styles;
  }

  private static CellStyle format(Workbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
