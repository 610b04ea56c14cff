package se.tjanstekatalog.statement.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishCsv;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * A statement as CSV ({@link SwedishCsv}, as the invoice basis; in English the comma dialect).
 * Every row names the org and the month; see {@link StatementRows}.
 */
public final class StatementCsv {
  private StatementCsv() {}

  /** The Swedish CSV. */
  public static byte[] render(Statement s) {
    return render(s, SwedishFormat.SWEDISH);
  }

  public static byte[] render(Statement s, Locale locale) {
    ExportFormat f = ExportFormat.of(locale);
    List<String> header = new ArrayList<>();
    for (String column : List.of("orgCode", "org", "period", "status")) {
      header.add(f.text("export.statement.column." + column));
    }
    header.addAll(StatementRows.header(f));
    String month = f.month(s.month());
    return SwedishCsv.render(f.locale(), header.toArray(String[]::new), rows -> {
      for (StatementRows.Row r : StatementRows.of(s, f)) {
        rows.row(s.orgCode(), s.orgName(), month, s.status(), r.section().text(f), r.area(),
            r.text(), r.quantity(), r.unitPrice(), r.key(), r.keyValue(), r.keyTotal(),
            r.sharePercent(), r.amount(), r.month(), r.reason());
      }
    });
  }
}
