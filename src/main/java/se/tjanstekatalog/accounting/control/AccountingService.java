package se.tjanstekatalog.accounting.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.platform.AppInfo;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.accounting.domain.AccountingJournal;
import se.tjanstekatalog.accounting.domain.AccountingRules;
import se.tjanstekatalog.accounting.domain.AccountingRulesCheck;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;
import se.tjanstekatalog.accounting.domain.SieDocument;
import se.tjanstekatalog.accounting.domain.SieWriter;
import se.tjanstekatalog.accounting.entity.AccountingSettings;
import se.tjanstekatalog.accounting.entity.AccountingSettingsChange;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.ExportFile;

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

  @Inject @TenantDatabase DataSource dataSource;
  @Inject Tenancy tenancy;

  @Inject CurrentCaller caller;
  @Inject MunicipalityService municipality;
  @Inject AuditLog auditLog;

  /** A generated file: bytes, file name, and how long it took. */
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
    AccountingRules before = s.rules();
    s.apply(r);
    audit(before, s.rules());
  }

  /** One trail row per changed setting, in the save's transaction. */
  private void audit(AccountingRules before, AccountingRules after) {
    Instant now = Instant.now();
    for (RecordComponent c : AccountingRules.class.getRecordComponents()) {
      String old = text(before, c);
      String changed = text(after, c);
      if (!Objects.equals(old, changed)) {
        em.persist(new AccountingSettingsChange(tenancy.municipalityId(), now, caller.name(),
            c.getName(), old, changed));
        LOG.info(() -> "Accounting setting " + c.getName() + " changed by " + caller.name());
      }
    }
  }

  private static String text(AccountingRules rules, RecordComponent c) {
    try {
      Object value = c.getAccessor().invoke(rules);
      return value instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString()
          : value == null ? null : value.toString();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SIE 4 file of a locked month; 409 when the month is not locked. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public ExportFile sie(YearMonth month) {
    long t0 = System.nanoTime();
    AccountingRules rules = entity().rules();
    try (Connection c = dataSource.getConnection()) {
      AccountingQueries.requireLocked(c, month);
      SieDocument doc = AccountingJournal.build(rules, month, AccountingQueries.charges(c, month),
          "Tjänstekatalogen", AppInfo.version(), LocalDate.now(), caller.name());
      byte[] bytes = SieWriter.bytes(doc);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      auditLog.record(AuditKind.SIE_EXPORT, month, null, SwedishFormat.month(month),
          "SIE-export av " + SwedishFormat.month(month) + ": " + doc.vouchers().size()
              + " verifikationer");
      LOG.info(() -> "SIE export of " + month + ": " + doc.vouchers().size() + " vouchers, "
          + bytes.length + " bytes in " + millis + " ms");
      return new ExportFile(bytes, "tjanstekatalog-" + SwedishFormat.month(month) + ".se", millis);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A bolag's invoice basis of a locked month, its lines' texts in {@code locale}'s language;
   * only its own org for VIEWER and ORG_FINANCE.
   */
  public InvoiceBasis invoiceBasis(YearMonth month, String orgCode, Locale locale) {
    AccountingRules rules = entity().rules();
    try (Connection c = dataSource.getConnection()) {
      long orgId;
      String orgName;
      String counterpart;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, name, kind, counterpart_code FROM org_unit WHERE code = ?")) {
        ps.setString(1, orgCode == null ? "" : orgCode);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new NotFoundException("org.error.notFound", orgCode);
          }
          orgId = rs.getLong(1);
          orgName = rs.getString(2);
          counterpart = rs.getString(4);
          caller.requireOrg(orgId);
          if (!"COMPANY".equals(rs.getString(3))) {
            throw new RuleViolationException(
                new Violation("org", "accounting.error.notCompany", orgCode));
          }
        }
      }
      AccountingQueries.requireLocked(c, month);
      return new InvoiceBasis(orgCode, orgName, municipality.name(), month,
          AccountingQueries.invoiceLines(c, month, orgId, rules.defaultVatRate(), locale),
          counterpart);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The invoice basis with which a shared IT nämnd's host bills a kommun it serves for a month
   * that kommun has locked: all its orgs' binding lines, one line per service and level. The
   * kommun's lines are read in its own database, outside any transaction of the host's
   * (docs/adr/0007-tenancy.md, decision 3); a kommun the current one does not serve is not
   * found. Its motpart is the one the host's settings give the kommuner it serves (409 until
   * set).
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public InvoiceBasis kommunInvoiceBasis(YearMonth month, String kommunCode, Locale locale) {
    Tenant member = tenancy.findServed(kommunCode)
        .orElseThrow(() -> new NotFoundException("kommun.error.notServed", kommunCode));
    AccountingRules rules = entity().rules();
    if (rules.kommunCounterpart() == null || rules.kommunCounterpart().isEmpty()) {
      throw new ConflictException("accounting.error.kommunCounterpart.missing");
    }
    String issuer = municipality.name();
    return tenancy.runAs(member, () -> {
      try (Connection c = dataSource.getConnection()) {
        AccountingQueries.requireLocked(c, month);
        return new InvoiceBasis(member.code(), municipality.name(), issuer, month,
            AccountingQueries.kommunLines(c, month, rules.defaultVatRate(), locale),
            rules.kommunCounterpart());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** A bolag as the export page lists it. */
  public record Company(String code, String name) implements Serializable {}

  /** Locked months, newest first: the ones that can be exported. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<YearMonth> lockedMonths() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerPeriods.lockedMonths(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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
    return em.find(AccountingSettings.class, tenancy.municipalityId());
  }

  private static AccountingRules trimmed(AccountingRules r) {
    return new AccountingRules(strip(r.costAccount()), strip(r.costAccountName()),
        strip(r.incomeAccount()), strip(r.incomeAccountName()), r.costCentreDimension(),
        r.counterpartDimension(), strip(r.voucherSeries()), r.voucherPerOrg(),
        strip(r.companyName()), strip(r.vatAccount()), r.defaultVatRate(),
        r.counterpartNames() == null ? "" : r.counterpartNames(),
        r.kommunCounterpart() == null ? "" : r.kommunCounterpart().strip());
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
