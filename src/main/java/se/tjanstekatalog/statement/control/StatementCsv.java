package se.tjanstekatalog.statement.control;

import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.shared.SwedishCsv;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * A statement as Swedish CSV ({@link SwedishCsv}, as the invoice basis). Every row names the
 * org and the month; see {@link StatementRows}.
 */
public final class StatementCsv {
  private StatementCsv() {}

  public static byte[] render(Statement s) {
    List<String> header = new ArrayList<>(List.of("Organisationskod", "Organisation",
        "Period", "Status"));
    header.addAll(List.of(StatementRows.HEADER));
    String month = SwedishFormat.month(s.month());
    return SwedishCsv.render(header.toArray(String[]::new), rows -> {
      for (StatementRows.Row r : StatementRows.of(s)) {
        rows.row(s.orgCode(), s.orgName(), month, s.status(), r.section(), r.area(),
            r.text(), r.quantity(), r.unitPrice(), r.key(), r.keyValue(), r.keyTotal(),
            r.sharePercent(), r.amount(), r.month(), r.reason());
      }
    });
  }
}
