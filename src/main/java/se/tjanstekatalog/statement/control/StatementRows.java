package se.tjanstekatalog.statement.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * A statement flattened into the rows the Excel and CSV exports write, in the page's order:
 * binding lines by area, pooled shares, adjustments, then the totals, VAT (bolag), the change
 * against earlier months and the later corrections (a note, not in the totals). One place, so
 * both files say the same, in the export's language.
 */
final class StatementRows {
  private static final String K = "export.statement.";
  private static final String[] HEADER = {"section", "area", "line", "quantity", "unitPrice",
      "key", "keyValue", "keyTotal", "sharePercent", "amount", "month", "reason"};

  /** What part of the statement a row belongs to. */
  enum Section {
    LINE, POOL, ADJUSTMENT, TOTAL, CHANGE, LATER;

    String text(ExportFormat f) {
      return f.text(K + "section." + name().toLowerCase(Locale.ROOT));
    }
  }

  /** One row: {@code amount} and {@code numbers} stay numbers; the rest is text. */
  record Row(Section section, String area, String text, BigDecimal quantity,
      BigDecimal unitPrice, String key, BigDecimal keyValue, BigDecimal keyTotal,
      BigDecimal sharePercent, Amount amount, String month, String reason) {
    static Row total(String text, Amount amount) {
      return new Row(Section.TOTAL, "", text, null, null, "", null, null, null, amount, "", "");
    }
  }

  private StatementRows() {}

  /** "Bostads AB (BOAB), bolag": the org line under the title of the PDF and the workbook. */
  static String orgLine(Statement s, ExportFormat f) {
    return f.text(K + "org", s.orgName(), s.orgCode(),
        f.text(K + (s.company() ? "kind.company" : "kind.administration")));
  }

  /** The column headings of the rows, in the export's language. */
  static List<String> header(ExportFormat f) {
    return Arrays.stream(HEADER).map(c -> f.text(K + "column." + c)).toList();
  }

  static List<Row> of(Statement s, ExportFormat f) {
    List<Row> rows = new ArrayList<>();
    for (Statement.AreaGroup g : s.areaGroups()) {
      for (Statement.Line l : g.lines()) {
        rows.add(new Row(Section.LINE, g.areaName(), l.serviceName()
            + (l.levelName() == null ? "" : ", " + l.levelName()), l.quantity(), l.unitPrice(),
            "", null, null, null, l.amount(), "", ""));
      }
    }
    for (Statement.Line l : s.pooledLines()) {
      rows.add(new Row(Section.POOL, l.areaName(), l.poolName(), null, null,
          l.poolKey() == null ? "" : f.text("allocationKey." + l.poolKey()), l.keyValue(),
          l.keyTotal(), l.sharePercent(), l.amount(), "", ""));
    }
    for (Statement.Adjustment a : s.adjustments()) {
      rows.add(new Row(Section.ADJUSTMENT, a.areaName(), a.originalLabel(), null, null, "",
          null, null, null, a.amount(), f.month(a.originalMonth()), a.reason()));
    }
    rows.add(Row.total(f.text(K + "bindingLines"), s.bindingLinesTotal()));
    rows.add(Row.total(f.text(K + "adjustmentsSum"), s.adjustmentsTotal()));
    rows.add(Row.total(f.text(K + "toPay"), s.bindingTotal()));
    rows.add(Row.total(f.text(K + "shadow"), s.shadowTotal()));
    rows.add(Row.total(f.text(K + "row.difference"), s.difference()));
    rows.add(new Row(Section.TOTAL, "", f.text(K + "differencePercent"), null, null, "", null,
        null, s.differencePercent(), null, "", ""));
    Statement.Vat vat = s.vat();
    if (vat != null) {
      rows.add(Row.total(f.text(K + "exVat"), vat.excludingVat()));
      rows.add(Row.total(f.text(K + "vat"), vat.vat()));
      rows.add(Row.total(f.text(K + "incVat"), vat.includingVat()));
    }
    change(rows, f, f.text(K + "previousMonth"), s.month().minusMonths(1), s.vsPreviousMonth());
    change(rows, f, f.text(K + "lastYear"), s.month().minusYears(1), s.vsLastYear());
    for (Statement.LaterCorrection c : s.laterCorrections()) {
      rows.add(new Row(Section.LATER, "", c.originalLabel(), null, null, "", null, null, null,
          c.amount(), f.month(c.bookedIn()), c.reason()));
    }
    return rows;
  }

  private static void change(List<Row> rows, ExportFormat f, String label, YearMonth month,
      Effects e) {
    String m = f.month(month);
    if (e == null) {
      rows.add(changeRow(f, "notComputed", label, null, m));
      return;
    }
    rows.add(changeRow(f, "before", label, e.before(), m));
    rows.add(changeRow(f, "change", label, e.change(), m));
    rows.add(changeRow(f, "price", label, e.price(), m));
    rows.add(changeRow(f, "volume", label, e.volume(), m));
    rows.add(changeRow(f, "allocation", label, e.allocation(), m));
  }

  private static Row changeRow(ExportFormat f, String key, String label, Amount amount,
      String month) {
    return new Row(Section.CHANGE, "", f.text(K + "row." + key, label), null, null, "", null,
        null, null, amount, month, "");
  }
}
