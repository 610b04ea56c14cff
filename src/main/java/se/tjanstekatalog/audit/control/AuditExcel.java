package se.tjanstekatalog.audit.control;

import java.util.List;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.entity.AuditEvent;
import se.tjanstekatalog.shared.ExcelTable;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/** The audit log's filtered rows as an Excel workbook, one sheet "Granskningslogg". */
public final class AuditExcel {
  /** A year of a busy portal is far below this; beyond it the sheet says it was cut. */
  public static final int MAX_ROWS = 100_000;

  private AuditExcel() {}

  public static byte[] render(AuditFilter filter, List<AuditEvent> rows, long total) {
    ExcelTable sheet = new ExcelTable("audit.export.sheet")
        .about("audit.filter.person", filter.person() == null ? "" : filter.person())
        .about("audit.filter.kind", filter.kind() == null ? ""
            : Messages.sv(filter.kind().messageKey()))
        .about("audit.filter.month", filter.month() == null ? ""
            : SwedishFormat.month(filter.month()))
        .about("audit.filter.from", filter.from() == null ? "" : filter.from().toString())
        .about("audit.filter.to", filter.to() == null ? "" : filter.to().toString());
    if (total > rows.size()) {
      sheet.about("audit.export.cut", rows.size() + " / " + total);
    }
    sheet.dateTime("audit.column.at", 18).text("audit.column.kind", 22)
        .text("audit.column.username", 20).text("audit.column.displayName", 26)
        .text("audit.column.month", 10).text("audit.column.org", 10)
        .text("audit.column.object", 30).text("audit.column.summary", 80);
    for (AuditEvent e : rows) {
      sheet.row(e.getAt(), Messages.sv(e.getKind().messageKey()), e.getUsername(),
          e.getDisplayName(), e.getPeriod() == null ? null : SwedishFormat.month(e.getPeriod()),
          e.getOrgCode(), e.getObject(), e.getSummary());
    }
    return ExcelTable.workbook("audit log", List.of(sheet));
  }

  public static String fileName() {
    return "granskningslogg.xlsx";
  }
}
