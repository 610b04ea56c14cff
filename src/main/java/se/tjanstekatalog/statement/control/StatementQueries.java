package se.tjanstekatalog.statement.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * The JDBC reads behind the statements, on a caller's connection: one org's or every org's
 * statement of a month in a fixed number of queries (orgs, the month's lines with their pools'
 * key and cost, the comparison months' binding lines, the adjustments booked in the month and
 * those correcting it, the default VAT rate), whatever the number of orgs.
 */
public final class StatementQueries {
  private StatementQueries() {}

  /** An org as the statements name it. */
  public record Org(long id, String code, String name, boolean company) {}

  public static Map<String, Org> orgsByCode(Connection c) throws SQLException {
    Map<String, Org> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name, kind FROM org_unit ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(2), new Org(rs.getLong(1), rs.getString(2), rs.getString(3),
            "COMPANY".equals(rs.getString(4))));
      }
    }
    return out;
  }

  /**
   * The orgs that have a statement in the month (results or adjustments), by name: the same
   * orgs as {@link #statements} with {@code only} null, without reading their lines.
   */
  public static List<OrgChoice> orgsWithStatements(Connection c, YearMonth month)
      throws SQLException {
    List<OrgChoice> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM org_unit o"
        + " WHERE EXISTS (SELECT 1 FROM result_line r WHERE r.period = ? AND r.org_id = o.id)"
        + " OR EXISTS (SELECT 1 FROM adjustment_line a WHERE a.period = ? AND a.org_id = o.id)"
        + " ORDER BY name")) {
      java.sql.Date first = java.sql.Date.valueOf(month.atDay(1));
      ps.setDate(1, first);
      ps.setDate(2, first);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgChoice(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  /** An org offered in the statement page's picker. */
  public record OrgChoice(String orgCode, String orgName) implements java.io.Serializable {}

  /**
   * The statements of a computed month: of {@code only} or, when null, of every org with
   * results or adjustments in the month (by org name). {@code withEffects} also reads the
   * previous month and the same month last year.
   */
  public static List<Statement> statements(Connection c, YearMonth month, Org only,
      boolean withEffects) throws SQLException {
    Map<Long, Org> orgs = new LinkedHashMap<>();
    if (only != null) {
      orgs.put(only.id(), only);
    } else {
      orgsByCode(c).values().forEach(o -> orgs.put(o.id(), o));
    }
    Long orgId = only == null ? null : only.id();
    String status = LedgerPeriods.status(c, month).name();
    BigDecimal defaultVat = defaultVatRate(c);
    Map<Long, List<Statement.Line>> lines = lines(c, List.of(month), orgId, false)
        .getOrDefault(month, Map.of());
    Map<Long, List<Statement.Adjustment>> adjustments = adjustments(c, month, orgId);
    Map<Long, List<Statement.LaterCorrection>> corrections = laterCorrections(c, month, orgId);

    YearMonth previous = month.minusMonths(1);
    YearMonth lastYear = month.minusYears(1);
    Set<YearMonth> computed = new HashSet<>();
    Map<YearMonth, Map<Long, List<Statement.Line>>> compare = Map.of();
    if (withEffects) {
      LedgerReads.runs(c, lastYear, previous).forEach(r -> computed.add(r.period()));
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m : List.of(previous, lastYear)) {
        if (computed.contains(m)) {
          months.add(m);
        }
      }
      compare = months.isEmpty() ? Map.of() : lines(c, months, orgId, true);
    }
    List<Statement> out = new ArrayList<>();
    for (Org o : orgs.values()) {
      List<Statement.Line> own = lines.getOrDefault(o.id(), List.of());
      List<Statement.Adjustment> adj = adjustments.getOrDefault(o.id(), List.of());
      if (only == null && own.isEmpty() && adj.isEmpty()) {
        continue;
      }
      Effects vsPrevious = null;
      Effects vsLastYear = null;
      if (computed.contains(previous)) {
        vsPrevious = Effects.of(previous,
            compare.getOrDefault(previous, Map.of()).getOrDefault(o.id(), List.of()), own);
      }
      if (computed.contains(lastYear)) {
        vsLastYear = Effects.of(lastYear,
            compare.getOrDefault(lastYear, Map.of()).getOrDefault(o.id(), List.of()), own);
      }
      out.add(new Statement(o.code(), o.name(), o.company(), month, status, own, adj,
          corrections.getOrDefault(o.id(), List.of()), defaultVat, vsPrevious, vsLastYear));
    }
    return out;
  }

  /** Per month and org, the stored lines (binding ones only when {@code bindingOnly}). */
  static Map<YearMonth, Map<Long, List<Statement.Line>>> lines(Connection c,
      List<YearMonth> months, Long orgId, boolean bindingOnly) throws SQLException {
    Map<YearMonth, Map<Long, List<Statement.Line>>> out = new HashMap<>();
    for (LedgerReads.Line l : LedgerReads.lines(c, LineQuery.of(months).org(orgId)
        .binding(bindingOnly).ordered(LedgerReads.Order.AREA))) {
      out.computeIfAbsent(l.period(), x -> new LinkedHashMap<>())
          .computeIfAbsent(l.org().id(), x -> new ArrayList<>())
          .add(new Statement.Line(l.key(), l.model().name(), l.binding(), l.areaCode(),
              l.areaName(), l.serviceName(), l.levelName(), l.poolCode(), l.poolName(),
              l.poolKey() == null ? null : l.poolKey().name(), l.poolCost(),
              l.source().name(), l.quantity(), l.unitPrice(), l.keyValue(), l.keyTotal(),
              l.amount(), l.vatRate()));
    }
    return out;
  }

  /** Adjustments booked in the month, per org. */
  static Map<Long, List<Statement.Adjustment>> adjustments(Connection c, YearMonth month,
      Long orgId) throws SQLException {
    Map<Long, List<Statement.Adjustment>> out = new HashMap<>();
    for (LedgerReads.Adjustment a : LedgerReads.adjustmentsBookedIn(c, month, orgId)) {
      out.computeIfAbsent(a.org().id(), x -> new ArrayList<>()).add(new Statement.Adjustment(
          a.original(), a.areaName(), a.originalLabel(), a.originalAmount(), a.amount(),
          a.reason()));
    }
    return out;
  }

  /** Adjustments of the month's lines booked in later months, per org. */
  static Map<Long, List<Statement.LaterCorrection>> laterCorrections(Connection c,
      YearMonth month, Long orgId) throws SQLException {
    Map<Long, List<Statement.LaterCorrection>> out = new HashMap<>();
    for (LedgerReads.Adjustment a : LedgerReads.adjustmentsOf(c, month, orgId)) {
      out.computeIfAbsent(a.org().id(), x -> new ArrayList<>()).add(
          new Statement.LaterCorrection(a.bookedIn(), a.originalLabel(), a.originalAmount(),
              a.amount(), a.reason()));
    }
    return out;
  }

  /** The accounting settings' VAT rate for lines without a service's own rate. */
  static BigDecimal defaultVatRate(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT default_vat_rate FROM accounting_settings");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getBigDecimal(1) : new BigDecimal("25.00");
    }
  }
}
