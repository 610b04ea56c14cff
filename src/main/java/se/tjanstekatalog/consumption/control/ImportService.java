package se.tjanstekatalog.consumption.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.List;
import java.time.YearMonth;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.ledger.control.InputChanges;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.UnreadableFile;

/**
 * Imports of consumption, key values and pool costs, from files, FOCUS bills and feeds:
 * {@link #preview} checks and saves nothing; {@link #store} checks again and saves the whole
 * import in this one transaction, or nothing ({@link ImportRejected}). The work is done by
 * the plain-Java importers on the transaction's JDBC connection.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.FEED_NAME})
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

  @Inject @TenantDatabase DataSource dataSource;
  @Inject Tenancy tenancy;

  @Resource SessionContext context;
  /** Runs the statement that stores an import's rows while they are still being read. */
  @Resource ManagedExecutorService worker;
  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;

  public ImportReport preview(RowSource rows, ImportSource given, ImportProgress progress) {
    ImportSource source = given.by(caller.name());
    try (Connection c = dataSource.getConnection()) {
      ReferenceData ref = ReferenceData.load(c);
      ImportReport report = switch (source.kind()) {
        case CONSUMPTION -> new ConsumptionImport(ref, worker).preview(rows, source, c, progress);
        case KEY_VALUES -> new KeyValueImport(ref).preview(rows, source, c, progress);
        case POOL_COST -> new PoolCostImport(ref).preview(rows, source, c, progress);
      };
      progress.finish();
      return report;
    } catch (IOException e) {
      progress.finish();
      throw unreadable(e, rows, source);
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /** Saves the whole import or nothing; throws {@link ImportRejected} with the report. */
  public ImportReport store(RowSource rows, ImportSource given, ImportProgress progress) {
    ImportSource source = given.by(caller.name());
    try (Connection c = dataSource.getConnection()) {
      ReferenceData ref = ReferenceData.load(c);
      ImportReport report = switch (source.kind()) {
        case CONSUMPTION -> new ConsumptionImport(ref, worker).store(rows, source, c, progress);
        case KEY_VALUES -> new KeyValueImport(ref).store(rows, source, c, progress);
        case POOL_COST -> new PoolCostImport(ref).store(rows, source, c, progress);
      };
      if (report.periodFrom() != null) {
        // A computed month's figures no longer hold: say what changed it (the stale mark
        // itself comes from the database's triggers).
        InputChanges.record(c, report.periodFrom(), report.periodTo(), source.kind().name(),
            source.source(), (int) report.rows(), source.importedBy());
      }
      auditLog.recordAs(source.importedBy(), AuditKind.IMPORT, report.periodFrom(), null,
          report.storedBatchId() == null ? source.source() : "import " + report.storedBatchId(),
          Messages.sv("import.kind." + source.kind().name())
              + " importerad: " + source.source() + ", " + report.rows() + " rader"
              + (report.periodFrom() == null || report.periodFrom().equals(report.periodTo())
                  ? "" : ", " + report.periodFrom() + "–" + report.periodTo()));
      progress.finish();
      LOG.info(() -> "Import #" + report.storedBatchId() + " " + source.kind() + " '"
          + source.source() + "' " + report.rows() + " rows by " + source.importedBy());
      return report;
    } catch (ImportRejected e) {
      progress.finish();
      throw e;
    } catch (IOException e) {
      progress.finish();
      throw unreadable(e, rows, source);
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /**
   * The months from {@code from} to {@code to} that are PRELIMINARY, under the finance chiefs'
   * review: an import into them makes the computation stale and holds back approvals until
   * the month is recomputed, which withdraws the approvals of the orgs whose amounts change.
   */
  public List<YearMonth> monthsUnderReview(YearMonth from, YearMonth to) {
    if (from == null || to == null) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      return LedgerPeriods.statuses(c, from, to).entrySet().stream()
          .filter(e -> e.getValue() == PeriodStatus.PRELIMINARY).map(Map.Entry::getKey)
          .sorted().toList();
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /**
   * {@link #preview} on a container thread for the caller's kommun, so a page can poll the
   * progress meanwhile.
   */
  @Asynchronous
  public Future<ImportReport> previewAsync(Tenant kommun, RowSource rows, ImportSource source,
      ImportProgress progress) {
    return new AsyncResult<>(tenancy.runAs(kommun, () -> preview(rows, source, progress)));
  }

  /** {@link #store} on a container thread for the caller's kommun, in its own transaction. */
  @Asynchronous
  public Future<ImportReport> storeAsync(Tenant kommun, RowSource rows, ImportSource source,
      ImportProgress progress) {
    return new AsyncResult<>(tenancy.runAs(kommun, () -> store(rows, source, progress)));
  }

  /** The latest imports, newest first. */
  public java.util.List<ImportHistory.Entry> history(int limit) {
    try (Connection c = dataSource.getConnection()) {
      return ImportHistory.latest(c, limit);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the import history", e);
    }
  }

  /** The user or feed behind the call, as import history records it. */
  public String callerName() {
    return caller.name();
  }

  /**
   * A file that cannot be read to its end is refused like a file with a bad row: a report with
   * the one problem (row, column, Swedish reason; 422 over REST, the problem list on the
   * page). Nothing of a library's message reaches the user; it goes to the log.
   */
  private ImportRejected unreadable(IOException e, RowSource rows, ImportSource source) {
    LOG.info(() -> "Unreadable import file '" + source.fileName() + "': " + e
        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
    ImportProblem problem = e instanceof UnreadableFile u ? u.problem() : UnreadableFile.generic();
    return new ImportRejected(ImportReport.unreadable(source, rows, problem));
  }

  /**
   * The database guard (a locked period) and anything else the database refuses. Nothing is
   * kept: the container rolls back because a TkException leaves the bean.
   */
  private RuntimeException database(SQLException e) {
    context.setRollbackOnly();
    if (LedgerPeriods.isLockGuard(e)) {
      return new RuleViolationException(new Violation("", "import.problem.lockedInDatabase"));
    }
    LOG.severe("Import failed in the database: " + e);
    return new IllegalStateException("Import failed in the database", e);
  }
}
