package se.tjanstekatalog.statement.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * A statement flattened into the rows the Excel and CSV exports write, in the page's order:
 * binding lines by area, pooled shares, adjustments, then the totals, VAT (bolag), the change
 * against earlier months and the later corrections (a note, not in the totals). One place, so
 * both files say the same.
 */
final class StatementRows {
  static final String[] HEADER = {"Avsnitt", "Tjänsteområde", "Rad", "Antal", "À-pris",
      "Fördelningsnyckel", "Nyckelvärde", "Nyckel totalt", "Andel %", "Belopp", "Månad",
      "Orsak"};
  static final String LINE = "Bindande rad";
  static final String POOL = "Solidarisk fördelning";
  static final String ADJUSTMENT = "Justering";
  static final String TOTAL = "Summering";
  static final String CHANGE = "Förändring";
  static final String LATER = "Rättelse gjord senare (ingår inte)";
  static final String TO_PAY = "Att betala, bindande totalt";

  /** One row: {@code amount} and {@code numbers} stay numbers; the rest is text. */
  record Row(String section, String area, String text, BigDecimal quantity,
      BigDecimal unitPrice, String key, BigDecimal keyValue, BigDecimal keyTotal,
      BigDecimal sharePercent, BigDecimal amount, String month, String reason) {
    static Row total(String text, BigDecimal amount) {
      return new Row(TOTAL, "", text, null, null, "", null, null, null, amount, "", "");
    }
  }

  private StatementRows() {}

  static List<Row> of(Statement s) {
    List<Row> rows = new ArrayList<>();
    for (Statement.AreaGroup g : s.areaGroups()) {
      for (Statement.Line l : g.lines()) {
        rows.add(new Row(LINE, g.areaName(), l.serviceName()
            + (l.levelName() == null ? "" : ", " + l.levelName()), l.quantity(), l.unitPrice(),
            "", null, null, null, l.amount(), "", ""));
      }
    }
    for (Statement.Line l : s.pooledLines()) {
      rows.add(new Row(POOL, l.areaName(), l.poolName(), null, null,
          l.poolKey() == null ? "" : Messages.sv("allocationKey." + l.poolKey()), l.keyValue(),
          l.keyTotal(), l.sharePercent(), l.amount(), "", ""));
    }
    for (Statement.Adjustment a : s.adjustments()) {
      rows.add(new Row(ADJUSTMENT, a.areaName(), a.originalLabel(), null, null, "", null, null,
          null, a.amount(), SwedishFormat.month(a.originalMonth()), a.reason()));
    }
    rows.add(Row.total("Bindande rader (skarpt)", s.bindingLinesTotal()));
    rows.add(Row.total("Justeringar", s.adjustmentsTotal()));
    rows.add(Row.total(TO_PAY, s.bindingTotal()));
    rows.add(Row.total("Skuggmodellens totalt (skugga)", s.shadowTotal()));
    rows.add(Row.total("Skillnad skarpt − skugga", s.difference()));
    rows.add(new Row(TOTAL, "", "Skillnad i procent av skuggan", null, null, "", null, null,
        s.differencePercent(), null, "", ""));
    Statement.Vat vat = s.vat();
    if (vat != null) {
      rows.add(Row.total("Belopp exkl. moms", vat.excludingVat()));
      rows.add(Row.total("Moms", vat.vat()));
      rows.add(Row.total("Belopp inkl. moms", vat.includingVat()));
    }
    change(rows, "Föregående månad", s.month().minusMonths(1), s.vsPreviousMonth());
    change(rows, "Samma månad i fjol", s.month().minusYears(1), s.vsLastYear());
    for (Statement.LaterCorrection c : s.laterCorrections()) {
      rows.add(new Row(LATER, "", c.originalLabel(), null, null, "", null, null, null,
          c.amount(), SwedishFormat.month(c.bookedIn()), c.reason()));
    }
    return rows;
  }

  private static void change(List<Row> rows, String label, YearMonth month, Effects e) {
    String m = SwedishFormat.month(month);
    if (e == null) {
      rows.add(new Row(CHANGE, "", label + ": saknas (månaden är inte beräknad)", null, null,
          "", null, null, null, null, m, ""));
      return;
    }
    rows.add(new Row(CHANGE, "", label + ": bindande rader då", null, null, "", null, null,
        null, e.before(), m, ""));
    rows.add(new Row(CHANGE, "", label + ": förändring", null, null, "", null, null, null,
        e.change(), m, ""));
    rows.add(new Row(CHANGE, "", label + ": priseffekt", null, null, "", null, null, null,
        e.price(), m, ""));
    rows.add(new Row(CHANGE, "", label + ": volymeffekt", null, null, "", null, null, null,
        e.volume(), m, ""));
    rows.add(new Row(CHANGE, "", label + ": fördelningseffekt", null, null, "", null, null,
        null, e.allocation(), m, ""));
  }
}
