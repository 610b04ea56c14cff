package se.tjanstekatalog.review.control;

import java.util.List;
import se.tjanstekatalog.review.control.Approvals.MonthState;
import se.tjanstekatalog.review.control.Approvals.OrgReview;
import se.tjanstekatalog.shared.ExcelTable;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Periodöversikt as an Excel workbook: sheet "Månader" has a row per month (status, computed,
 * changed inputs, the orgs' answers counted); sheet "Svar" a row per org and month under
 * review with its answer and who approved when.
 */
public final class PeriodsExcel {
  private PeriodsExcel() {}

  /** The .xlsx bytes of a year's overview. */
  public static byte[] render(int year, List<MonthState> months) {
    String yearText = Integer.toString(year);
    ExcelTable monthSheet = new ExcelTable("workflow.export.sheet.months")
        .about("workflow.title", yearText)
        .text("costing.month", 12).text("costing.status", 14).text("workflow.computed", 16)
        .text("workflow.export.changedInputs", 18).integer("workflow.count.APPROVED", 12)
        .integer("workflow.count.COMMENTED", 14).integer("workflow.count.NONE", 14);
    ExcelTable answers = new ExcelTable("workflow.export.sheet.answers")
        .about("workflow.title", yearText)
        .text("costing.month", 12).text("org.code", 12).text("org.name", 40)
        .text("workflow.export.answer", 20).text("workflow.export.approvedBy", 24)
        .dateTime("workflow.export.approvedAt", 18).integer("workflow.export.openComments", 16);
    for (MonthState m : months) {
      String month = SwedishFormat.month(m.period());
      boolean reviewing = m.reviewing();
      monthSheet.row(month, Messages.sv("period.status." + m.status()),
          Messages.sv(m.computed() ? "workflow.yes" : "costing.notComputed"),
          m.stale() ? Messages.sv("workflow.yes") : "",
          reviewing ? m.count(Approvals.APPROVED) : null,
          reviewing ? m.count(Approvals.COMMENTED) : null,
          reviewing ? m.count(Approvals.NONE) : null);
      for (OrgReview o : m.orgs()) {
        answers.row(month, o.code(), o.name(), Messages.sv("workflow.orgState." + o.state()),
            o.approvedBy(), o.approvedAt(), o.openComments());
      }
    }
    return ExcelTable.workbook("period overview", List.of(monthSheet, answers));
  }

  /** The file name, e.g. {@code perioder-2026.xlsx}. */
  public static String fileName(int year) {
    return "perioder-" + year + ".xlsx";
  }
}
