package se.tjanstekatalog.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading an exported workbook back with POI, as a user's program would. */
public final class Workbooks {
  private Workbooks() {}

  public static XSSFWorkbook read(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row's cells as text (numbers as their value), up to its last cell. */
  public static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
          ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue());
    }
    return texts;
  }

  /** The texts of rows {@code first} to {@code last} (inclusive). */
  public static List<List<String>> rows(Sheet sheet, int first, int last) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = first; r <= last; r++) {
      rows.add(texts(sheet.getRow(r)));
    }
    return rows;
  }

  /**
   * Every sheet's rows as texts, by sheet name in the workbook's order (numbers as Excel
   * shows them).
   */
  public static java.util.Map<String, List<List<String>>> sheets(byte[] xlsx) {
    java.util.Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
    org.apache.poi.ss.usermodel.DataFormatter format =
        new org.apache.poi.ss.usermodel.DataFormatter();
    try (XSSFWorkbook book = read(xlsx)) {
      for (Sheet sheet : book) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<String> values = new ArrayList<>();
          for (int i = 0; i < row.getLastCellNum(); i++) {
            values.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
          }
          rows.add(values);
        }
        sheets.put(sheet.getSheetName(), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheets;
  }

  /** A number cell (not text) with {@code value} shown in {@code format}. */
  public static void assertNumber(double value, String format, Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
    assertEquals(value, cell.getNumericCellValue(), 0.001);
    assertEquals(format, cell.getCellStyle().getDataFormatString());
  }
}
