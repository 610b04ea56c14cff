package se.tjanstekatalog.statements.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.platform.AppInfo;
import se.tjanstekatalog.platform.DataSources;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.security.entity.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.statements.domain.AccountingJournal;
import se.tjanstekatalog.statements.domain.AccountingJournal.OrgCharge;
import se.tjanstekatalog.statements.domain.AccountingRules;
import se.tjanstekatalog.statements.domain.AccountingRulesCheck;
import se.tjanstekatalog.statements.domain.InvoiceBasis;
import se.tjanstekatalog.statements.domain.SieDocument;
import se.tjanstekatalog.statements.domain.SieWriter;
import se.tjanstekatalog.statements.entity.AccountingSettings;

/**
 * Exports of a locked month to accounting: the SIE 4 journal of the förvaltningar's binding
 * charges (IT_CONTROLLER, ADMIN) and the invoice basis of a bolag (also its own ORG_FINANCE and
 * VIEWER); and the accounting settings they use (IT_CONTROLLER, ADMIN).
 */
@Stateless
@PermitAll
public class AccountingService {
  private static final Logger LOG = Logger.getLogger(AccountingService.class.getName());

  @PersistenceContext EntityManager em;

  @Resource(lookup = DataSources.JNDI)
  DataSource dataSource;

  @Inject CurrentCaller caller;
  @Inject MunicipalityService municipality;

  /** A generated file: bytes, file name, and how long it took. */
  public record Export(byte[] bytes, String fileName, long millis) {}

  /** The settings and their version for optimistic locking. */
  public record Settings(AccountingRules rules, long version) {}

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public Settings settings() {
    AccountingSettings s = entity();
    return new Settings(s.rules(), s.getVersion());
  }

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public void save(AccountingRules rules, long version) {
    AccountingRules r = trimmed(rules);
    RuleViolationException.throwIfAny(AccountingRulesCheck.check(r));
    AccountingSettings s = entity();
    if (s.getVersion() != version) {
      throw new ConflictException("settings.error.conflict");
    }
    s.apply(r);
  }

  /** The SIE 4 file of a locked month; 409 when the month is not locked. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public Export sie(YearMonth month) {
    long t0 = System.nanoTime();
    AccountingRules rules = entity().rules();
    try (Connection c = dataSource.getConnection()) {
      requireLocked(c, month);
      SieDocument doc = AccountingJournal.build(rules, month, charges(c, month),
          "Tjänstekatalogen", AppInfo.version(), LocalDate.now(), caller.name());
      byte[] bytes = SieWriter.bytes(doc);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      LOG.info(() -> "SIE export of " + month + ": " + doc.vouchers().size() + " vouchers, "
          + bytes.length + " bytes in " + millis + " ms");
      return new Export(bytes, "tjanstekatalog-" + SwedishFormat.month(month) + ".se", millis);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bolag's invoice basis of a locked month; only its own org for VIEWER and ORG_FINANCE. */
  public InvoiceBasis invoiceBasis(YearMonth month, String orgCode) {
    AccountingRules rules = entity().rules();
    try (Connection c = dataSource.getConnection()) {
      long orgId;
      String orgName;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, name, kind FROM org_unit WHERE code = ?")) {
        ps.setString(1, orgCode == null ? "" : orgCode);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new NotFoundException("org.error.notFound", orgCode);
          }
          orgId = rs.getLong(1);
          orgName = rs.getString(2);
          caller.requireOrg(orgId);
          if (!"COMPANY".equals(rs.getString(3))) {
            throw new RuleViolationException(
                new Violation("org", "accounting.error.notCompany", orgCode));
          }
        }
      }
      requireLocked(c, month);
      return new InvoiceBasis(orgCode, orgName, municipality.name(), month,
          invoiceLines(c, month, orgId, rules.defaultVatRate()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bolag as the export page lists it. */
  public record Company(String code, String name) {}

  /** Locked months, newest first: the ones that can be exported. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<YearMonth> lockedMonths() {
    List<YearMonth> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT period FROM period WHERE status = 'LOCKED' ORDER BY period DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(YearMonth.from(rs.getDate(1).toLocalDate()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The bolag, by code. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<Company> companies() {
    return em.createQuery("SELECT o.code, o.name FROM OrgUnit o WHERE o.kind = :kind"
            + " ORDER BY o.code", Object[].class)
        .setParameter("kind", se.tjanstekatalog.organisation.entity.OrgKind.COMPANY)
        .getResultList().stream().map(r -> new Company((String) r[0], (String) r[1])).toList();
  }

  private AccountingSettings entity() {
    return em.find(AccountingSettings.class, Municipality.THE_ID);
  }

  private static void requireLocked(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT status FROM period WHERE period = ?")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !"LOCKED".equals(rs.getString(1))) {
          throw new ConflictException("accounting.error.notLocked", SwedishFormat.month(month));
        }
      }
    }
  }

  private static List<OrgCharge> charges(Connection c, YearMonth month) throws SQLException {
    List<OrgCharge> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code, o.name, o.cost_centre,"
        + " o.counterpart_code, SUM(r.amount) FROM result_line r JOIN org_unit o ON o.id ="
        + " r.org_id WHERE r.period = ? AND r.binding AND o.kind = 'ADMINISTRATION'"
        + " GROUP BY o.id, o.code, o.name, o.cost_centre, o.counterpart_code ORDER BY o.code")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OrgCharge(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getBigDecimal(5)));
        }
      }
    }
    return out;
  }

  private static List<InvoiceBasis.Line> invoiceLines(Connection c, YearMonth month, long orgId,
      BigDecimal defaultVat) throws SQLException {
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
              : "Pool: " + rs.getString(3);
          BigDecimal vat = rs.getBigDecimal(7);
          out.add(new InvoiceBasis.Line(text, rs.getBigDecimal(4), rs.getBigDecimal(5),
              rs.getBigDecimal(6), vat == null ? defaultVat : vat));
        }
      }
    }
    return out;
  }

  private static AccountingRules trimmed(AccountingRules r) {
    return new AccountingRules(strip(r.costAccount()), strip(r.costAccountName()),
        strip(r.incomeAccount()), strip(r.incomeAccountName()), r.costCentreDimension(),
        r.counterpartDimension(), strip(r.voucherSeries()), r.voucherPerOrg(),
        strip(r.companyName()), strip(r.vatAccount()), r.defaultVatRate());
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
