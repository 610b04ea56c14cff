package se.tjanstekatalog.budget.control;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import se.tjanstekatalog.budget.control.BudgetInputs.AreaInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.Basis;
import se.tjanstekatalog.budget.control.BudgetInputs.OrgInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.shared.ExcelBook;
import se.tjanstekatalog.shared.Messages;

/**
 * The budgetunderlag as an .xlsx workbook in Swedish: a summary sheet of every org's totals,
 * then one sheet per org with its areas (both models, binding, price and volume effect) and its
 * planned volumes line by line. For one org: the summary row and that org's sheet.
 */
public final class BudgetExcelExport {
  private BudgetExcelExport() {}

  public static String fileName(int year, OrgInfo org) {
    return "budgetunderlag-" + year + (org == null ? "" : "-" + org.code().toLowerCase())
        + ".xlsx";
  }

  /** @param only one org, or null for every org */
  public static byte[] render(Basis basis, OrgInfo only) {
    ExcelBook book = new ExcelBook();
    List<OrgInfo> orgs = only == null ? basis.orgs() : List.of(only);
    Sheet summary = book.workbook().createSheet(t("budgetBasis.excel.summary"));
    Row title = summary.createRow(0);
    ExcelBook.text(title, 0, t("budgetBasis.excel.title", String.valueOf(basis.year())));
    book.headerRow(summary, 2, List.of(t("budgetBasis.column.org"),
        t("budgetBasis.column.chargeback"), t("budgetBasis.column.allocation"),
        t("budgetBasis.column.binding"), t("budgetBasis.column.last"),
        t("budgetBasis.column.priceEffect"), t("budgetBasis.column.volumeEffect")));
    int r = 3;
    CellStyle kr = book.styles().kronor();
    for (OrgInfo o : orgs) {
      List<AreaTotal> totals = basis.result().totalsOf(o.id());
      Row row = summary.createRow(r++);
      ExcelBook.text(row, 0, o.code() + " " + o.name());
      ExcelBook.amount(row, 1, Result.sum(totals, AreaTotal::chargeback), kr);
      ExcelBook.amount(row, 2, Result.sum(totals, AreaTotal::allocation), kr);
      ExcelBook.amount(row, 3, Result.binding(totals), book.styles().kronorBold());
      ExcelBook.amount(row, 4, Result.sum(totals, AreaTotal::lastChargeback), kr);
      ExcelBook.amount(row, 5, Result.sum(totals, AreaTotal::priceEffect), kr);
      ExcelBook.amount(row, 6, Result.sum(totals, AreaTotal::volumeEffect), kr);
    }
    ExcelBook.widths(summary, 40, 18, 18, 18, 18, 16, 16);
    for (OrgInfo o : orgs) {
      orgSheet(book, basis, o);
    }
    return book.bytes("budgetunderlag");
  }

  private static void orgSheet(ExcelBook book, Basis basis, OrgInfo o) {
    Sheet sheet = book.workbook().createSheet(WorkbookUtil.createSafeSheetName(o.code()));
    ExcelBook.text(sheet.createRow(0), 0, o.code() + " " + o.name());
    book.headerRow(sheet, 2, List.of(t("budgetBasis.column.area"),
        t("budgetBasis.column.model"), t("budgetBasis.column.chargeback"),
        t("budgetBasis.column.allocation"), t("budgetBasis.column.binding"),
        t("budgetBasis.column.last"), t("budgetBasis.column.priceEffect"),
        t("budgetBasis.column.volumeEffect")));
    int r = 3;
    for (AreaTotal a : basis.result().totalsOf(o.id())) {
      Row row = sheet.createRow(r++);
      AreaInfo area = basis.area(a.areaId());
      ExcelBook.text(row, 0, area == null ? "" : area.name());
      ExcelBook.text(row, 1, t(a.binding().messageKey()));
      ExcelBook.amount(row, 2, a.chargeback(), book.styles().kronor());
      ExcelBook.amount(row, 3, a.allocation(), book.styles().kronor());
      ExcelBook.amount(row, 4, a.bindingAmount(), book.styles().kronorBold());
      ExcelBook.amount(row, 5, a.lastChargeback(), book.styles().kronor());
      ExcelBook.amount(row, 6, a.priceEffect(), book.styles().kronor());
      ExcelBook.amount(row, 7, a.volumeEffect(), book.styles().kronor());
    }
    r++;
    book.headerRow(sheet, r++, List.of(t("budgetBasis.column.service"),
        t("budgetBasis.column.level"), t("budgetBasis.column.lastVolume"),
        t("budgetBasis.column.lastPrice"), t("budgetBasis.column.planned"),
        t("budgetBasis.column.price"), t("budgetBasis.column.amount"),
        t("budgetBasis.column.comment")));
    for (VolumeRow v : basis.volumes()) {
      if (v.org().id() != o.id()) {
        continue;
      }
      Row row = sheet.createRow(r++);
      ExcelBook.text(row, 0, v.level().serviceCode() + " " + v.level().serviceName());
      ExcelBook.text(row, 1, v.level().levelName());
      ExcelBook.amount(row, 2, v.volume().lastVolume(), null);
      ExcelBook.amount(row, 3, v.volume().lastPrice(), book.styles().kronor());
      ExcelBook.amount(row, 4, v.volume().planned(), null);
      ExcelBook.amount(row, 5, v.nextPrice(), book.styles().kronor());
      ExcelBook.amount(row, 6, v.nextAmount(), book.styles().kronor());
      ExcelBook.text(row, 7, v.comment());
    }
    ExcelBook.widths(sheet, 36, 22, 18, 18, 18, 16, 16, 40);
  }

  private static String t(String key, Object... args) {
    return Messages.sv(key, args);
  }
}
