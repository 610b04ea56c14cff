package se.tjanstekatalog.catalogue.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.ExcelStyles;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The catalogue of one month as an Excel workbook for finance staff who filter, sort and sum:
 * sheet "Tjänstekatalog" has one row per service level with prices as numbers and one column
 * per kind of promise; sheet "Åtaganden" lists every promise as its own row for pivot tables.
 */
public final class CatalogueExcel {
  /** Rows 1–3 describe the export, row 4 is empty, row 5 holds the column headers. */
  static final int HEADER_ROW = 4;
  /**
   * Excel stores number formats in this neutral notation and shows them with the reader's
   * separators, so a Swedish Excel displays {@code 1 234,50 kr}.
   */
  static final String KRONOR_FORMAT = ExcelStyles.KRONOR_FORMAT;

  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 50;
  /** Characters of room for the auto-filter button in a header cell. */
  private static final int FILTER_BUTTON = 3;

  private final ExcelBook book = new ExcelBook();
  private final Workbook workbook = book.workbook();
  private final CellStyle bold;
  private final CellStyle kronor;

  private CatalogueExcel() {
    ExcelStyles styles = book.styles();
    bold = styles.bold();
    kronor = styles.kronor();
  }

  /** The .xlsx bytes. */
  public static byte[] render(CatalogueView view) {
    Objects.requireNonNull(view, "view");
    CatalogueExcel excel = new CatalogueExcel();
    excel.catalogueSheet(view);
    excel.commitmentSheet(view);
    return excel.book.bytes("catalogue");
  }

  private void catalogueSheet(CatalogueView view) {
    Sheet sheet = workbook.createSheet(Messages.sv("export.catalogue.title"));
    ColumnWidths widths = new ColumnWidths();
    headerBlock(sheet, view, widths);

    Map<String, Integer> commitmentColumns = new LinkedHashMap<>();
    List<String> headers = new ArrayList<>(List.of(
        Messages.sv("export.catalogue.column.area"),
        Messages.sv("export.catalogue.column.code"),
        Messages.sv("export.catalogue.column.service"),
        Messages.sv("export.catalogue.column.level"),
        Messages.sv("export.catalogue.column.unit"),
        Messages.sv("export.catalogue.column.financing"),
        Messages.sv("export.catalogue.column.lifecycle"),
        Messages.sv("export.catalogue.column.costPrice"),
        Messages.sv("export.catalogue.column.chargedPrice")));
    // Columns by label, not row key: the reader filters on what the column says.
    for (ServiceView service : view.services()) {
      for (LevelView level : service.levels()) {
        for (CommitmentView commitment : level.commitments()) {
          if (!commitmentColumns.containsKey(commitment.label())) {
            commitmentColumns.put(commitment.label(), headers.size());
            headers.add(commitment.label());
          }
        }
      }
    }
    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < headers.size(); i++) {
      text(headerRow, i, headers.get(i), widths).setCellStyle(bold);
      widths.fit(i, headers.get(i).length() + FILTER_BUTTON);
    }

    int rowIndex = HEADER_ROW;
    for (ServiceView service : view.services()) {
      for (LevelView level : service.levels()) {
        Row row = sheet.createRow(++rowIndex);
        text(row, 0, service.areaName(), widths);
        text(row, 1, service.code(), widths);
        text(row, 2, service.name(), widths);
        text(row, 3, level.name(), widths);
        text(row, 4, service.unitLabel(), widths);
        text(row, 5, service.financingLabel(), widths);
        text(row, 6, service.lifecycleLabel(), widths);
        amount(row, 7, level.costPrice(), widths);
        amount(row, 8, level.chargedPrice(), widths);
        for (CommitmentView commitment : level.commitments()) {
          appendText(row, commitmentColumns.get(commitment.label()), commitment.value(), widths);
        }
      }
    }

    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, rowIndex, 0, headers.size() - 1));
    widths.apply(sheet);
  }

  /** Municipality, month and price list above the table, so a printout says what it is. */
  private void headerBlock(Sheet sheet, CatalogueView view, ColumnWidths widths) {
    String priceList = view.priceListName() == null || view.priceListName().isBlank()
        ? Messages.sv("export.catalogue.priceList.none")
        : view.priceListDraft()
            ? view.priceListName() + " " + Messages.sv("export.catalogue.priceList.draft")
            : view.priceListName();
    String[][] lines = {
      {Messages.sv("export.catalogue.municipality"), view.municipality()},
      {Messages.sv("export.catalogue.month"), SwedishFormat.month(view.asOf())},
      {Messages.sv("export.catalogue.priceListLabel"), priceList},
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      // The label column is the narrow area column; only the label counts for its width.
      text(row, 0, lines[i][0], widths).setCellStyle(bold);
      row.createCell(1).setCellValue(Objects.toString(lines[i][1], ""));
    }
  }

  /** One row per promise: service, level, promise, value. */
  private void commitmentSheet(CatalogueView view) {
    Sheet sheet = workbook.createSheet(Messages.sv("export.catalogue.sheet.commitments"));
    ColumnWidths widths = new ColumnWidths();
    String[] headers = {
      Messages.sv("export.catalogue.column.code"),
      Messages.sv("export.catalogue.column.service"),
      Messages.sv("export.catalogue.column.level"),
      Messages.sv("export.catalogue.column.commitment"),
      Messages.sv("export.catalogue.column.value"),
    };
    Row headerRow = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      text(headerRow, i, headers[i], widths).setCellStyle(bold);
      widths.fit(i, headers[i].length() + FILTER_BUTTON);
    }
    int rowIndex = 0;
    for (ServiceView service : view.services()) {
      for (LevelView level : service.levels()) {
        for (CommitmentView commitment : level.commitments()) {
          Row row = sheet.createRow(++rowIndex);
          text(row, 0, service.code(), widths);
          text(row, 1, service.name(), widths);
          text(row, 2, level.name(), widths);
          text(row, 3, commitment.label(), widths);
          text(row, 4, commitment.value(), widths);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, headers.length - 1));
    widths.apply(sheet);
  }

  private static Cell text(Row row, int column, String value, ColumnWidths widths) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
      widths.fit(column, value.length());
    }
    return cell;
  }

  /** Two promises with the same label on one level share the cell, separated by "; ". */
  private static void appendText(Row row, int column, String value, ColumnWidths widths) {
    if (value == null) {
      return;
    }
    Cell existing = row.getCell(column);
    String before = existing == null ? "" : existing.getStringCellValue();
    text(row, column, before.isEmpty() ? value : before + "; " + value, widths);
  }

  /** A number cell in kronor; no price stays an empty cell, never a misleading 0. */
  private void amount(Row row, int column, Amount value, ColumnWidths widths) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(kronor);
    if (value != null) {
      cell.setCellValue(value.value().doubleValue());
      widths.fit(column, value.toString().length());
    }
  }

  /**
   * Widths from the longest text per column. POI's autoSizeColumn measures with AWT fonts,
   * which a headless server without installed fonts may not have.
   */
  private static final class ColumnWidths {
    private final Map<Integer, Integer> characters = new LinkedHashMap<>();

    void fit(int column, int length) {
      characters.merge(column, length, Math::max);
    }

    void apply(Sheet sheet) {
      characters.forEach((column, length) -> sheet.setColumnWidth(column,
          Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2)) * 256));
    }
  }
}
