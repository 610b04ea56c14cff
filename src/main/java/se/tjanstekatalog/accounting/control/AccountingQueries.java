package se.tjanstekatalog.accounting.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.tjanstekatalog.ledger.control.PeriodRows;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.accounting.domain.AccountingJournal.OrgCharge;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;

/**
 * The JDBC reads behind the accounting exports, on a caller's connection (the portal's EJB, or
 * a test or benchmark directly): is the month locked, the förvaltningar's binding sums, a
 * bolag's binding lines with their VAT rates.
 */
public final class AccountingQueries {
  private AccountingQueries() {}

  /** Throws 409 (ConflictException) unless the month's period row is LOCKED. */
  public static void requireLocked(Connection c, YearMonth month) throws SQLException {
    if (!"LOCKED".equals(PeriodRows.status(c, month))) {
      throw new ConflictException("accounting.error.notLocked", SwedishFormat.month(month));
    }
  }

  public static List<OrgCharge> charges(Connection c, YearMonth month) throws SQLException {
    List<OrgCharge> out = new ArrayList<>();
    // The binding lines and the adjustments of earlier locked months booked in this one.
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code, o.name, o.cost_centre,"
        + " o.counterpart_code, SUM(x.amount) FROM (SELECT r.org_id, r.amount FROM result_line r"
        + " WHERE r.period = ? AND r.binding UNION ALL SELECT a.org_id, a.amount"
        + " FROM adjustment_line a WHERE a.period = ?) x JOIN org_unit o ON o.id = x.org_id"
        + " WHERE o.kind = 'ADMINISTRATION'"
        + " GROUP BY o.id, o.code, o.name, o.cost_centre, o.counterpart_code ORDER BY o.code")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setDate(2, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgCharge(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getBigDecimal(5)));
        }
      }
    }
    return out;
  }

  /** A bolag's lines: texts of pools and adjustments in {@code locale}'s language. */
  public static List<InvoiceBasis.Line> invoiceLines(Connection c, YearMonth month, long orgId,
      BigDecimal defaultVat, Locale locale) throws SQLException {
    ExportFormat f = ExportFormat.of(locale);
    List<InvoiceBasis.Line> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT s.name, l.name, p.name, r.quantity,"
        + " r.unit_price, r.amount, s.vat_rate FROM result_line r"
        + " LEFT JOIN service s ON s.id = r.service_id"
        + " LEFT JOIN service_level l ON l.id = r.level_id"
        + " LEFT JOIN cost_pool p ON p.id = r.pool_id"
        + " WHERE r.period = ? AND r.org_id = ? AND r.binding ORDER BY r.line_no")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setLong(2, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String text = rs.getString(1) != null
              ? rs.getString(1) + (rs.getString(2) == null ? "" : ", " + rs.getString(2))
              : f.text("export.invoiceBasis.pool", rs.getString(3));
          BigDecimal vat = rs.getBigDecimal(7);
          out.add(new InvoiceBasis.Line(text, rs.getBigDecimal(4), rs.getBigDecimal(5),
              rs.getBigDecimal(6), vat == null ? defaultVat : vat));
        }
      }
    }
    // Adjustments of earlier locked months booked in this one, with the corrected line's VAT.
    try (PreparedStatement ps = c.prepareStatement("SELECT a.original_period,"
        + " a.original_label, a.amount, s.vat_rate FROM adjustment_line a"
        + " LEFT JOIN result_line r ON r.period = a.original_period"
        + " AND r.line_no = a.original_line_no"
        + " LEFT JOIN service s ON s.id = r.service_id"
        + " WHERE a.period = ? AND a.org_id = ? ORDER BY a.id")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      ps.setLong(2, orgId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal vat = rs.getBigDecimal(4);
          String text = f.text("export.invoiceBasis.adjustment", f.month(YearMonth.from(
              rs.getDate(1).toLocalDate())), rs.getString(2));
          out.add(new InvoiceBasis.Line(text, null, null, rs.getBigDecimal(3),
              vat == null ? defaultVat : vat));
        }
      }
    }
    return out;
  }
}
