package se.tjanstekatalog.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One .xlsx export being written: the workbook with the portal's {@link ExcelStyles}, and the
 * cell, header, width and byte helpers every export needs. Each export class keeps its own
 * layout and texts.
 */
public final class ExcelBook {
  private final Workbook workbook = new XSSFWorkbook();
  private final ExcelStyles styles = ExcelStyles.of(workbook);

  public Workbook workbook() {
    return workbook;
  }

  public ExcelStyles styles() {
    return styles;
  }

  /** A row of bold column headings at {@code rowIndex}. */
  public void headerRow(Sheet sheet, int rowIndex, List<String> headers) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(styles.bold());
    }
  }

  /** A text cell; null is written as the empty text. */
  public static Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    return cell;
  }

  /** A number cell in {@code style}; null leaves the styled cell empty. */
  public static void amount(Row row, int column, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  /** A money cell in {@code style}: the amount's value; null leaves the styled cell empty. */
  public static void amount(Row row, int column, Amount value, CellStyle style) {
    amount(row, column, value == null ? null : value.value(), style);
  }

  /** Column widths in characters, from the first column on. */
  public static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  /** The workbook's bytes; the workbook is closed. {@code what} names it in an error. */
  public byte[] bytes(String what) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the " + what + " workbook", e);
    }
  }
}
