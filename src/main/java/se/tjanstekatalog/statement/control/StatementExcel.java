package se.tjanstekatalog.statement.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tjanstekatalog.shared.ExcelStyles;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * A statement as an Excel workbook in Swedish or English: a few heading lines (org, month,
 * status), then the rows of {@link StatementRows} with amounts as numbers in kronor (shared
 * {@link ExcelStyles}) and the share as a percentage; the totals in bold.
 */
public final class StatementExcel {
  private StatementExcel() {}

  /** The Swedish workbook. */
  public static byte[] render(Statement s, String municipality) {
    return render(s, municipality, SwedishFormat.SWEDISH);
  }

  public static byte[] render(Statement s, String municipality, Locale locale) {
    ExportFormat f = ExportFormat.of(locale);
    try (Workbook workbook = new XSSFWorkbook()) {
      ExcelStyles styles = ExcelStyles.of(workbook, f.locale());
      String title = f.text("export.statement.title", f.month(s.month()));
      Sheet sheet = workbook.createSheet(title);
      int r = 0;
      text(sheet.createRow(r++), 0, title, styles.bold());
      text(sheet.createRow(r++), 0, StatementRows.orgLine(s, f), null);
      text(sheet.createRow(r++), 0, f.text("export.statement.issuer.short", municipality,
          f.text("period.status." + s.status())), null);
      r++;
      Row header = sheet.createRow(r++);
      List<String> columns = StatementRows.header(f);
      for (int i = 0; i < columns.size(); i++) {
        text(header, i, columns.get(i), styles.bold());
      }
      for (StatementRows.Row row : StatementRows.of(s, f)) {
        boolean total = row.section() == StatementRows.Section.TOTAL;
        Row x = sheet.createRow(r++);
        text(x, 0, row.section().text(f), total ? styles.bold() : null);
        text(x, 1, row.area(), null);
        text(x, 2, row.text(), total ? styles.bold() : null);
        number(x, 3, row.quantity(), null);
        number(x, 4, row.unitPrice(), styles.kronor());
        text(x, 5, row.key(), null);
        number(x, 6, row.keyValue(), null);
        number(x, 7, row.keyTotal(), null);
        number(x, 8, row.sharePercent() == null ? null
            : row.sharePercent().movePointLeft(2), total ? styles.percentBold()
                : styles.percent());
        number(x, 9, row.amount() == null ? null : row.amount().value(), total ? styles.kronorBold() : styles.kronor());
        text(x, 10, row.month(), null);
        text(x, 11, row.reason(), null);
      }
      int[] widths = {22, 22, 48, 10, 14, 20, 14, 14, 10, 18, 10, 40};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    if (value == null || value.isEmpty()) {
      return;
    }
    var cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, BigDecimal value, CellStyle style) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
