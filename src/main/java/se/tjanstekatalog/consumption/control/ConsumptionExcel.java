package se.tjanstekatalog.consumption.control;

import java.util.List;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.Line;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.Month;
import se.tjanstekatalog.consumption.control.ConsumptionQueries.PoolLine;
import se.tjanstekatalog.shared.ExcelTable;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Förbrukning per månad as an Excel workbook: the page's three tables as three sheets (per
 * org, per service level, the pools' costs), values in kronor and counts as numbers.
 */
public final class ConsumptionExcel {
  private ConsumptionExcel() {}

  /** The .xlsx bytes of the month as the caller sees it. */
  public static byte[] render(Month month) {
    ExcelTable perOrg = about(new ExcelTable("consumption.export.sheet.orgs"), month)
        .text("org.code", 12).text("org.name", 40).integer("import.rows", 12)
        .kronor("consumption.value", 24);
    month.perOrg().forEach(o -> perOrg.row(o.code(), o.name(), o.rows(), o.amount()));
    ExcelTable perLevel = about(new ExcelTable("consumption.export.sheet.levels"), month)
        .text("catalogue.code", 14).text("catalogue.name", 36).text("import.level", 20)
        .integer("import.rows", 12).decimal("import.quantity", 14).text("catalogue.unit", 14)
        .kronor("consumption.value", 24);
    for (Line l : month.perLevel()) {
      perLevel.row(l.code(), l.name(), l.detail(), l.rows(), l.quantity(),
          l.unit() == null ? null : Messages.sv(l.unit()), l.amount());
    }
    ExcelTable pools = about(new ExcelTable("consumption.pools"), month)
        .text("catalogue.code", 14).text("catalogue.name", 36).integer("import.rows", 12)
        .kronor("import.amount", 20);
    for (PoolLine p : month.pools()) {
      pools.row(p.code(), p.name(), p.rows(), p.amount());
    }
    return ExcelTable.workbook("consumption", List.of(perOrg, perLevel, pools));
  }

  /** The file name, e.g. {@code forbrukning-2026-11.xlsx}. */
  public static String fileName(Month month) {
    return "forbrukning-" + SwedishFormat.month(month.period()) + ".xlsx";
  }

  private static ExcelTable about(ExcelTable table, Month month) {
    return table.about("consumption.title", SwedishFormat.month(month.period()))
        .about("costing.status", Messages.sv("period.status." + month.status()));
  }
}
