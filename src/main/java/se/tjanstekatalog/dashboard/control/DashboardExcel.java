package se.tjanstekatalog.dashboard.control;

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
import se.tjanstekatalog.dashboard.domain.AreaBindingText;
import se.tjanstekatalog.dashboard.domain.CostDashboard.KindGroup;
import se.tjanstekatalog.dashboard.domain.CostDashboard.MonthRow;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.dashboard.domain.CostDashboard;
import se.tjanstekatalog.dashboard.domain.CostTally;
import se.tjanstekatalog.dashboard.domain.KeyFigure;
import se.tjanstekatalog.dashboard.domain.RatioStats;
import se.tjanstekatalog.dashboard.domain.ServiceTrend;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.Models;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.ExcelStyles;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The dashboard's tables as an Excel workbook: "Per organisation" (every org with both models'
 * cost, per employee and per MSEK with the deviations, and each group's total, median and
 * average), "Per månad" (all orgs month by month) and "Per tjänst" (one row per service and
 * month: volume, cost, cost per unit, for pivoting), and "Helårsprognos" where given. Amounts are numbers formatted as kronor,
 * deviations fractions formatted as percent; a missing ratio is an empty cell.
 */
public final class DashboardExcel {
  /** Rows 1–3 describe the export, row 4 is empty, row 5 holds the column headers. */
  static final int HEADER_ROW = 4;

  private final ExcelBook book = new ExcelBook();
  private final Workbook workbook = book.workbook();
  private final ExcelStyles styles = book.styles();
  private final CellStyle number;

  private DashboardExcel() {
    number = workbook.createCellStyle();
    number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
  }

  /** The .xlsx bytes. */
  public static byte[] render(DashboardService.Dashboard dashboard) {
    return render(dashboard, null);
  }

  /** The .xlsx bytes with the year's helårsprognos as a fourth sheet (none when null). */
  public static byte[] render(DashboardService.Dashboard dashboard, YearForecast forecast) {
    Objects.requireNonNull(dashboard, "dashboard");
    DashboardExcel excel = new DashboardExcel();
    excel.orgSheet(dashboard);
    excel.monthSheet(dashboard.costs());
    excel.serviceSheet(dashboard);
    if (forecast != null) {
      excel.forecastSheet(dashboard.costs(), forecast);
    }
    return excel.book.bytes("dashboard");
  }

  /**
   * "Helårsprognos": per org the outcome, the forecast of the rest, the prognosis under both
   * models and the binding one, the budget and its source, the deviation; then the total.
   */
  private void forecastSheet(CostDashboard costs, YearForecast forecast) {
    Sheet sheet = workbook.createSheet(Messages.sv("forecast.export.sheet"));
    headerBlock(sheet, costs);
    List<String> headers = List.of(Messages.sv("dashboard.column.code"),
        Messages.sv("dashboard.column.org"), Messages.sv("forecast.column.actual"),
        Messages.sv("forecast.column.forecast"), Messages.sv("forecast.column.chargeback"),
        Messages.sv("forecast.column.allocation"), Messages.sv("forecast.column.prognosis"),
        Messages.sv("forecast.column.budget"), Messages.sv("forecast.column.source"),
        Messages.sv("forecast.column.deviation"), Messages.sv("forecast.column.deviationPercent"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (OrgForecast o : forecast.orgs()) {
      Row row = sheet.createRow(++r);
      row.createCell(0).setCellValue(o.org().code());
      row.createCell(1).setCellValue(o.org().name());
      forecastFigures(row, o.actual(), o.forecast(), o.prognosis(), o.budget(),
          o.deviation(), o.deviationPercent());
      row.createCell(8).setCellValue(Messages.sv("forecast.source." + o.budgetSource().name()));
    }
    Row total = sheet.createRow(++r);
    label(total, Messages.sv("dashboard.total"), "");
    forecastFigures(total, forecast.actual(), forecast.forecast(), forecast.prognosis(),
        forecast.budget(), forecast.deviation(), forecast.deviationPercent());
    sheet.createFreezePane(2, HEADER_ROW + 1);
    widths(sheet, 12, 40, 18, 18, 18, 18, 18, 18, 16, 16, 12);
  }

  private void forecastFigures(Row row, Models actual, Models rest, Models prognosis,
      Amount budget, Amount deviation, BigDecimal deviationPercent) {
    CellStyle kr = styles.kronor();
    amount(row, 2, actual.binding(), kr);
    amount(row, 3, rest.binding(), kr);
    amount(row, 4, prognosis.chargeback(), kr);
    amount(row, 5, prognosis.allocation(), kr);
    amount(row, 6, prognosis.binding(), kr);
    amount(row, 7, budget, kr);
    amount(row, 9, deviation, kr);
    deviation(row, 10, deviationPercent);
  }

  /** e.g. {@code oversikt-2026.xlsx} or {@code oversikt-2026-03.xlsx}. */
  public static String fileName(CostDashboard costs) {
    return "oversikt-" + period(costs) + ".xlsx";
  }

  private static String period(CostDashboard costs) {
    return costs.month() == null ? String.valueOf(costs.year())
        : SwedishFormat.month(costs.month());
  }

  private void orgSheet(DashboardService.Dashboard dashboard) {
    CostDashboard costs = dashboard.costs();
    Sheet sheet = workbook.createSheet(Messages.sv("dashboard.export.sheet.orgs"));
    headerBlock(sheet, costs);
    List<String> headers = List.of(
        Messages.sv("dashboard.column.code"), Messages.sv("dashboard.column.org"),
        Messages.sv("dashboard.column.kind"), Messages.sv("dashboard.column.headcount"),
        Messages.sv("dashboard.column.turnover"), Messages.sv("dashboard.column.binding"),
        model("model.CHARGEBACK", "dashboard.column.cost"),
        model("model.CHARGEBACK", "dashboard.column.perEmployee"),
        model("model.CHARGEBACK", "dashboard.column.deviation"),
        model("model.CHARGEBACK", "dashboard.column.perMsek"),
        model("model.CHARGEBACK", "dashboard.column.deviation"),
        model("model.ALLOCATION", "dashboard.column.cost"),
        model("model.ALLOCATION", "dashboard.column.perEmployee"),
        model("model.ALLOCATION", "dashboard.column.deviation"),
        model("model.ALLOCATION", "dashboard.column.perMsek"),
        model("model.ALLOCATION", "dashboard.column.deviation"),
        model("dashboard.column.bindingCost", "dashboard.column.cost"),
        model("dashboard.column.bindingCost", "dashboard.column.perEmployee"),
        model("dashboard.column.bindingCost", "dashboard.column.perMsek"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (KindGroup g : costs.groups()) {
      String kind = Messages.sv(g.messageKey());
      for (OrgRow o : g.orgs()) {
        Row row = sheet.createRow(++r);
        row.createCell(0).setCellValue(o.org().code());
        row.createCell(1).setCellValue(o.org().name());
        row.createCell(2).setCellValue(kind);
        tally(row, o.tally(), false);
        List<String> areas = dashboard.areaBindings(o.org().id());
        if (!areas.isEmpty()) {
          row.getCell(5).setCellValue(AreaBindingText.joined(areas));
        }
        deviation(row, 8, o.chargebackPerEmployeeDeviation());
        deviation(row, 10, o.chargebackPerMsekDeviation());
        deviation(row, 13, o.allocationPerEmployeeDeviation());
        deviation(row, 15, o.allocationPerMsekDeviation());
      }
      Row total = sheet.createRow(++r);
      label(total, Messages.sv("dashboard.group.total", kind), kind);
      tally(total, g.total(), true);
      stats(sheet.createRow(++r), Messages.sv("dashboard.group.median", kind), kind, g, true);
      stats(sheet.createRow(++r), Messages.sv("dashboard.group.mean", kind), kind, g, false);
    }
    Row all = sheet.createRow(++r);
    label(all, Messages.sv("dashboard.total"), "");
    tally(all, costs.total(), true);
    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r, 0, headers.size() - 1));
    widths(sheet, 12, 40, 14, 14, 14, 60, 18);
  }

  private void monthSheet(CostDashboard costs) {
    Sheet sheet = workbook.createSheet(Messages.sv("dashboard.export.sheet.months"));
    headerBlock(sheet, costs);
    List<String> headers = List.of(
        Messages.sv("costing.month"), Messages.sv("dashboard.column.status"),
        Messages.sv("dashboard.column.headcount"), Messages.sv("dashboard.column.turnover"),
        Messages.sv("dashboard.column.binding"),
        model("model.CHARGEBACK", "dashboard.column.cost"),
        model("model.CHARGEBACK", "dashboard.column.perEmployee"),
        model("model.CHARGEBACK", "dashboard.column.perMsek"),
        model("model.ALLOCATION", "dashboard.column.cost"),
        model("model.ALLOCATION", "dashboard.column.perEmployee"),
        model("model.ALLOCATION", "dashboard.column.perMsek"),
        Messages.sv("dashboard.column.bindingCost"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (MonthRow m : costs.trend(null)) {
      if (!m.computed()) {
        continue;
      }
      Row row = sheet.createRow(++r);
      row.createCell(0).setCellValue(SwedishFormat.month(m.period()));
      CostDashboard.MonthState state = costs.state(m.period());
      row.createCell(1).setCellValue(Messages.sv("period.status."
          + (state == null ? "OPEN" : state.status())));
      CostTally t = m.tally();
      decimal(row, 2, t.averageHeadcount());
      decimal(row, 3, t.turnoverMsek());
      row.createCell(4).setCellValue(Messages.sv(t.bindingModel().messageKey()));
      figure(row, 5, t.chargebackFigure(), false);
      figure(row, 8, t.allocationFigure(), false);
      amount(row, 11, t.binding(), styles.kronor());
    }
    sheet.createFreezePane(1, HEADER_ROW + 1);
    widths(sheet, 12, 14, 14, 14, 24, 18);
  }

  private void serviceSheet(DashboardService.Dashboard dashboard) {
    Sheet sheet = workbook.createSheet(Messages.sv("dashboard.export.sheet.services"));
    headerBlock(sheet, dashboard.costs());
    List<String> headers = List.of(
        Messages.sv("dashboard.column.code"), Messages.sv("dashboard.column.service"),
        Messages.sv("dashboard.column.area"), Messages.sv("dashboard.column.unit"),
        Messages.sv("costing.month"), Messages.sv("dashboard.column.volume"),
        Messages.sv("dashboard.column.cost"), Messages.sv("dashboard.column.costPerUnit"));
    book.headerRow(sheet, HEADER_ROW, headers);
    int r = HEADER_ROW;
    for (ServiceTrend s : dashboard.services()) {
      for (ServiceTrend.Month m : s.months()) {
        if (m.volume() == null) {
          continue;
        }
        Row row = sheet.createRow(++r);
        row.createCell(0).setCellValue(s.code());
        row.createCell(1).setCellValue(s.name());
        row.createCell(2).setCellValue(s.areaName());
        row.createCell(3).setCellValue(Messages.sv(s.unitKey()));
        row.createCell(4).setCellValue(SwedishFormat.month(m.period()));
        decimal(row, 5, m.volume());
        amount(row, 6, m.cost(), styles.kronor());
        amount(row, 7, m.costPerUnit(), styles.kronor());
      }
    }
    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(r, HEADER_ROW), 0,
        headers.size() - 1));
    widths(sheet, 16, 40, 24, 16, 12, 14, 18, 18);
  }

  private static String model(String modelKey, String columnKey) {
    return Messages.sv(modelKey) + ": " + Messages.sv(columnKey);
  }

  /** Columns 3–18 of the org sheet from a tally (deviations are set by the caller). */
  private void tally(Row row, CostTally t, boolean strong) {
    decimal(row, 3, t.averageHeadcount());
    decimal(row, 4, t.turnoverMsek());
    row.createCell(5).setCellValue(Messages.sv(t.bindingModel().messageKey()));
    KeyFigure cb = t.chargebackFigure();
    KeyFigure al = t.allocationFigure();
    KeyFigure b = t.bindingFigure();
    CellStyle kr = strong ? styles.kronorBold() : styles.kronor();
    amount(row, 6, cb.cost(), kr);
    amount(row, 7, cb.perEmployee(), kr);
    amount(row, 9, cb.perMsek(), kr);
    amount(row, 11, al.cost(), kr);
    amount(row, 12, al.perEmployee(), kr);
    amount(row, 14, al.perMsek(), kr);
    amount(row, 16, b.cost(), kr);
    amount(row, 17, b.perEmployee(), kr);
    amount(row, 18, b.perMsek(), kr);
  }

  private void stats(Row row, String text, String kind, KindGroup g, boolean median) {
    label(row, text, kind);
    amount(row, 7, pick(g.stats().chargebackPerEmployee(), median), styles.kronor());
    amount(row, 9, pick(g.stats().chargebackPerMsek(), median), styles.kronor());
    amount(row, 12, pick(g.stats().allocationPerEmployee(), median), styles.kronor());
    amount(row, 14, pick(g.stats().allocationPerMsek(), median), styles.kronor());
    amount(row, 17, pick(g.stats().bindingPerEmployee(), median), styles.kronor());
    amount(row, 18, pick(g.stats().bindingPerMsek(), median), styles.kronor());
  }

  private static Amount pick(RatioStats stats, boolean median) {
    return median ? stats.median() : stats.mean();
  }

  private void figure(Row row, int column, KeyFigure f, boolean strong) {
    CellStyle kr = strong ? styles.kronorBold() : styles.kronor();
    amount(row, column, f.cost(), kr);
    amount(row, column + 1, f.perEmployee(), kr);
    amount(row, column + 2, f.perMsek(), kr);
  }

  private void label(Row row, String text, String kind) {
    Cell cell = row.createCell(1);
    cell.setCellValue(text);
    cell.setCellStyle(styles.bold());
    row.createCell(2).setCellValue(kind);
  }

  private void deviation(Row row, int column, BigDecimal percent) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.percent());
    if (percent != null) {
      cell.setCellValue(percent.movePointLeft(2).doubleValue());
    }
  }

  private void decimal(Row row, int column, BigDecimal value) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(number);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
  }

  private void headerBlock(Sheet sheet, CostDashboard costs) {
    String[][] lines = {
      {Messages.sv("dashboard.title"), ""},
      {Messages.sv("dashboard.export.period"), period(costs)},
      {Messages.sv("dashboard.export.note"), Messages.sv("dashboard.export.noteText")},
    };
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      Cell cell = row.createCell(0);
      cell.setCellValue(lines[i][0]);
      cell.setCellStyle(styles.bold());
      row.createCell(1).setCellValue(lines[i][1]);
    }
  }
}
