package se.tjanstekatalog.statement.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.review.control.Approvals;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFile;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * Månadsbesked: one org's statement of a computed month (IT_CONTROLLER and ADMIN any org;
 * ORG_FINANCE and VIEWER their own), the read-only summary of all orgs (not VIEWER: the finance
 * chiefs review together), and the ZIP of every org's PDF (IT_CONTROLLER, ADMIN). Only reads.
 */
@Stateless
public class StatementService {
  private static final Logger LOG = Logger.getLogger(StatementService.class.getName());

  @Inject @TenantDatabase DataSource dataSource;

  @Inject CurrentCaller caller;
  @Inject MunicipalityService municipality;

  /** One org's row of the summary. */
  public record SummaryRow(String orgCode, String orgName, boolean company,
      Amount bindingLines, Amount adjustments, Amount bindingTotal,
      Amount shadow, String approval) implements Serializable {
    public Amount difference() {
      return bindingLines.minus(shadow);
    }

    public BigDecimal differencePercent() {
      return Percent.of(difference().value(), shadow.value());
    }
  }

  /** Every org's figures of a month and their sum. */
  public record Summary(YearMonth month, String status, List<SummaryRow> rows)
      implements Serializable {
    public SummaryRow total() {
      Amount lines = Amount.ZERO;
      Amount adj = Amount.ZERO;
      Amount bind = Amount.ZERO;
      Amount shadow = Amount.ZERO;
      for (SummaryRow r : rows) {
        lines = lines.plus(r.bindingLines());
        adj = adj.plus(r.adjustments());
        bind = bind.plus(r.bindingTotal());
        shadow = shadow.plus(r.shadow());
      }
      return new SummaryRow("", "", false, lines, adj, bind, shadow, "");
    }

    public long count(String approval) {
      return rows.stream().filter(r -> r.approval().equals(approval)).count();
    }
  }

  /**
   * One org's statement of a computed month, with the change against the previous month and
   * the same month last year.
   *
   * @throws NotFoundException when the org does not exist or the month is not computed
   * @throws se.tjanstekatalog.shared.ForbiddenException for another org's statement, unless
   *     IT_CONTROLLER or ADMIN
   */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public Statement statement(YearMonth month, String orgCode) {
    try (Connection c = dataSource.getConnection()) {
      String code = orgCode == null ? "" : orgCode.strip();
      StatementQueries.Org org = StatementQueries.orgsByCode(c).get(code);
      if (org == null) {
        throw new NotFoundException("org.error.notFound", code);
      }
      caller.requireOrg(org.id());
      requireComputed(c, month);
      return StatementQueries.statements(c, month, org, true).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the statement of " + month, e);
    }
  }

  /**
   * The orgs with a statement in a computed month, by name: what the statement page offers
   * (reading every org's statement for the picker cost the page a third of its time).
   */
  @RolesAllowed({Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<StatementQueries.OrgChoice> orgsWithStatements(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      requireComputed(c, month);
      return StatementQueries.orgsWithStatements(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the orgs of " + month, e);
    }
  }

  /** Every org's binding, shadow, difference, adjustments and answer of a computed month. */
  @RolesAllowed({Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public Summary summary(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      requireComputed(c, month);
      Map<String, StatementQueries.Org> orgs = StatementQueries.orgsByCode(c);
      Map<Long, String> approvals = Approvals.answers(c, month);
      List<Statement> all = StatementQueries.statements(c, month, null, false);
      List<SummaryRow> rows = new ArrayList<>();
      String status = null;
      for (Statement s : all) {
        status = s.status();
        rows.add(new SummaryRow(s.orgCode(), s.orgName(), s.company(), s.bindingLinesTotal(),
            s.adjustmentsTotal(), s.bindingTotal(), s.shadowTotal(),
            approvals.getOrDefault(orgs.get(s.orgCode()).id(), Approvals.NONE)));
      }
      return new Summary(month, status == null ? PeriodStatus.OPEN.name() : status, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the summary of " + month, e);
    }
  }

  /** Months with stored results, newest first: the ones that have statements. */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public List<YearMonth> computedMonths() {
    List<YearMonth> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      LedgerReads.storedMonths(c).forEach(m -> out.add(0, m.period()));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the computed months", e);
    }
  }

  /** The municipality's name, for the exports' headings. */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public String municipalityName() {
    return municipality.name();
  }

  /**
   * Every org's statement of the month as PDFs in one ZIP, in {@code locale}'s language
   * (Swedish or English); the time it took is logged.
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public ExportFile zip(YearMonth month, Locale locale) {
    long t0 = System.nanoTime();
    String name = municipality.name();
    List<Statement> all;
    try (Connection c = dataSource.getConnection()) {
      requireComputed(c, month);
      all = StatementQueries.statements(c, month, null, true);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the statements of " + month, e);
    }
    long read = (System.nanoTime() - t0) / 1_000_000;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Statement s : all) {
        zip.putNextEntry(new ZipEntry(fileName(s, "pdf", locale)));
        zip.write(StatementPdf.render(s, name, locale));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    long millis = (System.nanoTime() - t0) / 1_000_000;
    LOG.info(() -> "Statements ZIP of " + month + ": " + all.size() + " PDFs, " + bytes.length
        + " bytes in " + millis + " ms (reading " + read + " ms)");
    return new ExportFile(bytes, Messages.get(locale, "export.statement.file")
        + "-" + SwedishFormat.month(month) + ".zip", millis);
  }

  /** {@code manadsbesked-2026-11-GSF.pdf}; in English {@code statement-2026-11-GSF.pdf}. */
  public static String fileName(Statement s, String extension, Locale locale) {
    return Messages.get(locale, "export.statement.file") + "-" + SwedishFormat.month(s.month())
        + "-" + s.orgCode() + "." + extension;
  }

  private static void requireComputed(Connection c, YearMonth month) throws SQLException {
    if (LedgerReads.run(c, month).isEmpty()) {
      throw new NotFoundException("statement.error.notComputed", SwedishFormat.month(month));
    }
  }
}
