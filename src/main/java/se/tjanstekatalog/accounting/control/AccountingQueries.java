package se.tjanstekatalog.accounting.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads.LineQuery;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.shared.Amount;
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
    if (LedgerPeriods.status(c, month) != PeriodStatus.LOCKED) {
      throw new ConflictException("accounting.error.notLocked", SwedishFormat.month(month));
    }
  }

  public static List<OrgCharge> charges(Connection c, YearMonth month) throws SQLException {
    List<OrgCharge> out = new ArrayList<>();
    // The binding lines and the adjustments of earlier locked months booked in this one.
    Map<Long, Amount> charged = LedgerReads.chargedPerOrg(c, month);
    try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, cost_centre,"
        + " counterpart_code FROM org_unit WHERE kind = 'ADMINISTRATION' ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Amount amount = charged.get(rs.getLong(1));
        if (amount != null) {
          out.add(new OrgCharge(rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), amount));
        }
      }
    }
    return out;
  }

  /** A bolag's lines: texts of pools and adjustments in {@code locale}'s language. */
  public static List<InvoiceBasis.Line> invoiceLines(Connection c, YearMonth month, long orgId,
      BigDecimal defaultVat, Locale locale) throws SQLException {
    return lines(c, month, orgId, defaultVat, locale);
  }

  /**
   * A kommun's invoice basis lines from the IT nämnd that serves it: the binding lines and
   * booked adjustments of all its orgs, one line per service and level (pool, adjustment).
   */
  public static List<InvoiceBasis.Line> kommunLines(Connection c, YearMonth month,
      BigDecimal defaultVat, Locale locale) throws SQLException {
    return InvoiceBasis.combined(lines(c, month, null, defaultVat, locale));
  }

  private static List<InvoiceBasis.Line> lines(Connection c, YearMonth month, Long orgId,
      BigDecimal defaultVat, Locale locale) throws SQLException {
    ExportFormat f = ExportFormat.of(locale);
    List<InvoiceBasis.Line> out = new ArrayList<>();
    for (LedgerReads.Line l : LedgerReads.lines(c, LineQuery.of(month).org(orgId).binding())) {
      String text = l.serviceName() != null
          ? l.serviceName() + (l.levelName() == null ? "" : ", " + l.levelName())
          : f.text("export.invoiceBasis.pool", l.poolName());
      out.add(new InvoiceBasis.Line(text, l.quantity(), l.unitPrice(), l.amount(),
          l.vatRate() == null ? defaultVat : l.vatRate()));
    }
    // Adjustments of earlier locked months booked in this one, with the corrected line's VAT.
    List<LedgerReads.Adjustment> adjustments = new ArrayList<>(
        LedgerReads.adjustmentsBookedIn(c, month, orgId));
    adjustments.sort(Comparator.comparingLong(LedgerReads.Adjustment::id));
    for (LedgerReads.Adjustment a : adjustments) {
      BigDecimal vat = a.originalVatRate();
      String text = f.text("export.invoiceBasis.adjustment", f.month(a.original()),
          a.originalLabel());
      out.add(new InvoiceBasis.Line(text, null, null, a.amount(),
          vat == null ? defaultVat : vat));
    }
    return out;
  }
}
