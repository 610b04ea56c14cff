package se.tjanstekatalog.costing.control;

import static se.tjanstekatalog.shared.ExcelBook.amount;
import static se.tjanstekatalog.shared.ExcelBook.widths;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import se.tjanstekatalog.costing.control.ComparisonReport.MonthRow;
import se.tjanstekatalog.costing.control.ComparisonReport.OrgRow;
import se.tjanstekatalog.costing.control.ResultQueries.Totals;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.ExcelStyles;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The comparison as an Excel workbook for finance staff: sheet "Jämförelse" has one row per org
 * with both models' totals and the difference, and a sum row; sheet "Per månad" has the months
 * of all orgs together with the binding model of each. Amounts are numbers formatted as kronor,
 * the difference in percent a fraction formatted as a percentage, so the reader can compute.
 */
public final class ComparisonExcel {
  /** Rows 1–3 describe the export, row 4 is empty, row 5 holds the column headers. */
  static final int HEADER_ROW = 4;
  /** Neutral notation; a Swedish Excel shows {@code 1 234,50 kr}. */
  static final String KRONOR_FORMAT = ExcelStyles.KRONOR_FORMAT;
  static final String PERCENT_FORMAT = ExcelStyles.PERCENT_FORMAT;

  /** Characters per column; the first also holds the header block's labels. */
  private static final int[] ORG_WIDTHS = {15, 44, 12, 18, 18, 18, 12, 20, 22};
  private static final int[] MONTH_WIDTHS = {15, 52, 18, 18, 18, 20, 22};

  private final ExcelBook book = new ExcelBook();
  private final Workbook workbook = book.workbook();
  private final CellStyle bold;
  private final CellStyle kronor;
  private final CellStyle kronorBold;
  private final CellStyle percent;
  private final CellStyle percentBold;

  private ComparisonExcel() {
    ExcelStyles styles = book.styles();
    bold = styles.bold();
    kronor = styles.kronor();
    kronorBold = styles.kronorBold();
    percent = styles.percent();
    percentBold = styles.percentBold();
  }

  /** The .xlsx bytes. */
  public static byte[] render(ComparisonReport report) {
    Objects.requireNonNull(report, "report");
    ComparisonExcel excel = new ComparisonExcel();
    excel.orgSheet(report);
    excel.monthSheet(report);
    return excel.book.bytes("comparison");
  }

  /** The file name, e.g. {@code jamforelse-2026-01-2026-12-arbetsplats.xlsx}. */
  public static String fileName(ComparisonReport report) {
    return "jamforelse-" + SwedishFormat.month(report.from()) + "-"
        + SwedishFormat.month(report.to())
        + (report.area() == null ? "" : "-" + report.area().code().toLowerCase()) + ".xlsx";
  }

  private void orgSheet(ComparisonReport report) {
    Sheet sheet = workbook.createSheet(Messages.sv("comparison.export.sheet.orgs"));
    headerBlock(sheet, report);
    List<String> headers = List.of(
        Messages.sv("comparison.column.code"),
        Messages.sv("comparison.column.org"),
        Messages.sv("comparison.column.kind"),
        Messages.sv("comparison.column.binding"),
        Messages.sv("comparison.column.shadow"),
        Messages.sv("comparison.column.difference"),
        Messages.sv("comparison.column.differencePercent"),
        Messages.sv("model.CHARGEBACK"),
        Messages.sv("model.ALLOCATION"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (OrgRow org : report.orgs()) {
      Row row = sheet.createRow(++r);
      row.createCell(0).setCellValue(org.code());
      row.createCell(1).setCellValue(org.name());
      row.createCell(2).setCellValue(Messages.sv(org.company()
          ? "comparison.kind.company" : "comparison.kind.administration"));
      totals(row, 3, org.totals(), false);
    }
    int last = r;
    Row sum = sheet.createRow(++r);
    Cell label = sum.createCell(0);
    label.setCellValue(Messages.sv("comparison.total"));
    label.setCellStyle(bold);
    totals(sum, 3, report.total(), true);
    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, headers.size() - 1));
    widths(sheet, ORG_WIDTHS);
  }

  private void monthSheet(ComparisonReport report) {
    Sheet sheet = workbook.createSheet(Messages.sv("comparison.export.sheet.months"));
    headerBlock(sheet, report);
    List<String> headers = List.of(
        Messages.sv("costing.month"),
        Messages.sv("costing.binding"),
        Messages.sv("comparison.column.binding"),
        Messages.sv("comparison.column.shadow"),
        Messages.sv("comparison.column.difference"),
        Messages.sv("model.CHARGEBACK"),
        Messages.sv("model.ALLOCATION"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (MonthRow month : report.months()) {
      Row row = sheet.createRow(++r);
      row.createCell(0).setCellValue(SwedishFormat.month(month.period()));
      row.createCell(1).setCellValue(month.bindingLabel());
      Totals t = month.totals();
      amount(row, 2, t.binding(), kronor);
      amount(row, 3, t.shadow(), kronor);
      amount(row, 4, t.difference(), kronor);
      amount(row, 5, t.chargeback(), kronor);
      amount(row, 6, t.allocation(), kronor);
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    widths(sheet, MONTH_WIDTHS);
  }

  /** Range, service area and the sign rule above the table, so a printout says what it is. */
  private void headerBlock(Sheet sheet, ComparisonReport report) {
    String[][] lines = {
      {Messages.sv("comparison.export.range"), SwedishFormat.month(report.from()) + " – "
          + SwedishFormat.month(report.to())},
      {Messages.sv("comparison.area"), report.area() == null
          ? Messages.sv("comparison.area.all") : report.area().name()},
      {Messages.sv("comparison.export.note"), Messages.sv("comparison.export.noteText")},
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      Cell cell = row.createCell(0);
      cell.setCellValue(lines[i][0]);
      cell.setCellStyle(bold);
      row.createCell(1).setCellValue(lines[i][1]);
    }
  }

  /** Binding, shadow, difference (kr and %), chargeback, allocation from {@code column} on. */
  private void totals(Row row, int column, Totals t, boolean strong) {
    CellStyle kr = strong ? kronorBold : kronor;
    amount(row, column, t.binding(), kr);
    amount(row, column + 1, t.shadow(), kr);
    amount(row, column + 2, t.difference(), kr);
    Cell pct = row.createCell(column + 3);
    pct.setCellStyle(strong ? percentBold : percent);
    BigDecimal p = t.differencePercent();
    if (p != null) {
      pct.setCellValue(p.movePointLeft(2).doubleValue());
    }
    amount(row, column + 4, t.chargeback(), kr);
    amount(row, column + 5, t.allocation(), kr);
  }
}
