package se.tjanstekatalog.costing.control;

import static se.tjanstekatalog.shared.ExcelBook.amount;
import static se.tjanstekatalog.shared.ExcelBook.text;
import static se.tjanstekatalog.shared.ExcelBook.widths;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Proposal;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Reference;
import se.tjanstekatalog.costing.domain.BudgetTransfer;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.ExcelStyles;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The budgetväxling proposal as an Excel workbook for the finance chiefs: a few lines saying
 * what it is (area, switch month, reference months, whether annualised), then one row per
 * förvaltning with amounts as numbers in kronor, their total, the bolag apart, and the
 * reconciliation with the pools. Swedish headers; Excel shows the number formats with the
 * reader's separators.
 */
public final class BudgetExcel {
  /** Same neutral notation as the catalogue export: a Swedish Excel shows {@code 1 234,50 kr}. */
  static final String KRONOR_FORMAT = ExcelStyles.KRONOR_FORMAT;
  static final String PERCENT_FORMAT = ExcelStyles.PERCENT_FORMAT;
  /** Column headers of the tables, in order. */
  static final List<String> COLUMNS = List.of("budget.column.code", "budget.column.org",
      "budget.column.chargeback", "budget.column.stillCharged", "budget.column.budget",
      "budget.column.poolShare", "budget.column.net", "budget.column.netPercent",
      "budget.column.effect");

  private final ExcelBook book = new ExcelBook();
  private final Workbook workbook = book.workbook();
  private final Sheet sheet;
  private final CellStyle bold;
  private final CellStyle kronor;
  private final CellStyle kronorBold;
  private final CellStyle percent;
  private int next;

  private BudgetExcel() {
    ExcelStyles styles = book.styles();
    bold = styles.bold();
    kronor = styles.kronor();
    kronorBold = styles.kronorBold();
    percent = styles.percent();
    sheet = workbook.createSheet(Messages.sv("budget.sheet"));
  }

  /** The .xlsx bytes of the proposal. */
  public static byte[] render(String areaName, YearMonth switchMonth, Reference reference,
      Proposal proposal) {
    BudgetExcel excel = new BudgetExcel();
    excel.heading(areaName, switchMonth, reference, proposal);
    excel.table(Messages.sv("budget.administrations"), proposal.administrations(),
        proposal.administrationTotal(), Messages.sv("budget.total.administrations"));
    if (!proposal.companies().isEmpty()) {
      excel.table(Messages.sv("budget.companies"), proposal.companies(),
          proposal.companyTotal(), Messages.sv("budget.total.companies"));
    }
    excel.reconciliation(proposal);
    return excel.bytes();
  }

  private void heading(String areaName, YearMonth switchMonth, Reference reference,
      Proposal p) {
    Row title = sheet.createRow(next++);
    text(title, 0, Messages.sv("budget.title") + " – " + areaName).setCellStyle(bold);
    String months = p.months().stream().map(m -> SwedishFormat.month(m.month()))
        .collect(Collectors.joining(", "));
    fact("budget.switchMonth", SwedishFormat.month(switchMonth));
    fact("budget.reference", SwedishFormat.month(reference.from()) + " – "
        + SwedishFormat.month(reference.to()));
    fact("budget.monthsUsed", p.monthCount() + " (" + months + ")");
    fact("budget.lockedMonths",
        Messages.sv("budget.lockedOf", p.lockedCount(), p.monthCount()));
    fact("budget.annualisedLabel", p.annualised()
        ? Messages.sv("budget.annualised.yes", p.monthCount(), BudgetTransfer.YEAR)
        : Messages.sv("budget.annualised.no"));
    fact("budget.tolerance", SwedishFormat.decimal(p.tolerancePercent(), 2) + " %");
    next++;
  }

  private void fact(String key, String value) {
    Row row = sheet.createRow(next++);
    text(row, 0, Messages.sv(key)).setCellStyle(bold);
    text(row, 1, value);
  }

  private void table(String caption, List<BudgetTransfer.Row> rows, BudgetTransfer.Row total,
      String totalLabel) {
    text(sheet.createRow(next++), 0, caption).setCellStyle(bold);
    Row header = sheet.createRow(next++);
    for (int i = 0; i < COLUMNS.size(); i++) {
      text(header, i, Messages.sv(COLUMNS.get(i))).setCellStyle(bold);
    }
    for (BudgetTransfer.Row r : rows) {
      row(sheet.createRow(next++), r.code(), r.name(), r, kronor);
    }
    row(sheet.createRow(next++), "", totalLabel, total, kronorBold);
    next++;
  }

  private void row(Row row, String code, String name, BudgetTransfer.Row r, CellStyle money) {
    text(row, 0, code);
    text(row, 1, name);
    amount(row, 2, r.chargeback(), money);
    amount(row, 3, r.stillCharged(), money);
    amount(row, 4, r.budget(), money);
    amount(row, 5, r.poolShare(), money);
    amount(row, 6, r.net(), money);
    Cell pct = row.createCell(7);
    pct.setCellStyle(percent);
    if (r.netPercent() != null) {
      pct.setCellValue(r.netPercent().movePointLeft(2).doubleValue());
    }
    text(row, 8, Messages.sv(r.effect().messageKey()));
  }

  private void reconciliation(Proposal p) {
    text(sheet.createRow(next++), 0, Messages.sv("budget.reconciliation")).setCellStyle(bold);
    money("budget.poolCost", p.poolCost());
    money("budget.poolRevenue", p.poolRevenue());
    money("budget.overRecovery", p.overRecovery());
    money("budget.netTotal", p.total().net());
    money("budget.outsidePool", p.outsidePool());
    Row check = sheet.createRow(next++);
    text(check, 0, Messages.sv("budget.sharesMatchPool"));
    text(check, 1, Messages.sv(p.sharesMatchPool() ? "budget.yes" : "budget.no"));
  }

  private void money(String key, Amount value) {
    Row row = sheet.createRow(next++);
    text(row, 0, Messages.sv(key));
    amount(row, 1, value, kronor);
  }

  private byte[] bytes() {
    widths(sheet, 14, 44, 22, 22, 22, 22, 18, 14, 14);
    return book.bytes("budget");
  }
}
