package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.budget.control.BudgetBasisService;
import se.tjanstekatalog.budget.control.BudgetBasisService.Audited;
import se.tjanstekatalog.budget.control.BudgetBasisService.Published;
import se.tjanstekatalog.budget.control.BudgetInputs;
import se.tjanstekatalog.budget.control.BudgetInputs.PoolRow;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.control.BudgetStore;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Amount;

/**
 * The demo's Budgetunderlag 2027 as the controller published it in October 2026: two
 * ekonomichefs adjusted a planned volume each with a comment (Stadsbyggnadskontoret's new
 * case officers, Gymnasie- och vuxenutbildningsförvaltningen's new programme), the controller
 * set the Arbetsplats pool's 2027 budget (the run-rate raised by the 3,1 % index, in whole
 * thousands) and published {@link #V1} on {@link #PUBLISHED}. Every step goes through the
 * budget service's control level (the page's own checks, BudgetInputs' computation, the frozen
 * totals and lines of BudgetStore), each with its person and October time in the audit log.
 * Runs after the demo months are computed (and after DemoPeriods), whether or not the months
 * are closed: the budget reads the computed months, not their state. Writes nothing into 2026.
 */
@ApplicationScoped
public class DemoBudgetBasis {
  private static final Logger LOG = Logger.getLogger(DemoBudgetBasis.class.getName());
  public static final int YEAR = DemoConsumption.YEAR.getValue() + 1;
  public static final String V1 = "Budgetunderlag " + YEAR + " v1";
  public static final LocalDate PUBLISHED = LocalDate.of(YEAR - 1, 10, 15);
  static final String POOL = "ARBETSPLATS";
  private static final String CONTROLLER = "it";
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** An ekonomichef's adjusted planned volume: units added to the default, and why. */
  record Planned(String org, String service, BigDecimal more, String comment,
      LocalDate on) {}

  static final Planned[] PLANNED = {
    new Planned("SBK", "ARB-DATOR", BigDecimal.valueOf(132),
        "Tolv nya bygglovshandläggare från februari 2027 enligt byggnadsnämndens beslut"
            + " (12 datorer × 11 månader).", LocalDate.of(YEAR - 1, 10, 7)),
    new Planned("GVF", "ARB-ELEV", BigDecimal.valueOf(600),
        "Nytt naturbruksprogram från höstterminen 2027: 120 fler elevdatorer"
            + " augusti–december (120 × 5 månader).", LocalDate.of(YEAR - 1, 10, 9)),
  };

  @Inject @TenantDatabase DataSource dataSource;
  @Inject AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  @Transactional
  void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 4000)
      Bootstrap.SchemaReady ready) {
    if (!demo || !ready.home()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (!BudgetStore.versionYears(c).isEmpty() || LedgerReads.storedMonths(c).isEmpty()) {
        return;
      }
      long t0 = System.nanoTime();
      BudgetInputs.Basis basis = BudgetInputs.load(c, YEAR);
      for (Planned p : PLANNED) {
        VolumeRow row = basis.volumes().stream()
            .filter(v -> v.org().code().equals(p.org())
                && v.level().serviceCode().equals(p.service()))
            .findFirst().orElseThrow(() -> new IllegalStateException("The demo budget has no "
                + p.service() + " for " + p.org()));
        String by = DemoPeriods.financeUser(p.org());
        Audited a = BudgetBasisService.adjust(c, YEAR, row.org().id(), row.level().id(),
            row.defaultVolume().add(p.more()), p.comment(), by);
        auditLog.append(at(p.on(), 14, 20), AuditKind.BUDGET, by, a.object(),
            a.orgCode() + ": " + a.summary());
      }
      PoolRow pool = basis.pools().stream().filter(p -> p.code().equals(POOL)).findFirst()
          .orElseThrow(() -> new IllegalStateException("No demo pool " + POOL));
      Audited a = BudgetBasisService.setPoolBudget(c, YEAR, pool.id(),
          poolBudget(pool.defaultBudget()), "IT-nämndens budget " + YEAR + ": årstakten"
              + " uppräknad med prisindex 3,1 %, avrundad till hela tusental kronor.",
          CONTROLLER);
      auditLog.append(at(PUBLISHED.minusDays(3), 11, 0), AuditKind.BUDGET, CONTROLLER,
          a.object(), a.summary());
      Published v1 = BudgetBasisService.publish(c, YEAR, V1, PUBLISHED, CONTROLLER);
      auditLog.append(at(PUBLISHED, 10, 0), AuditKind.BUDGET, CONTROLLER, V1, v1.summary());
      LOG.info(() -> "Demo budget: " + V1 + " published, binding " + v1.binding() + ", in "
          + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not publish the demo budget", e);
    }
  }

  /** The run-rate × 1,031 in whole thousands of kronor (HALF_UP). */
  static Amount poolBudget(Amount runRate) {
    return Amount.of(runRate.value().multiply(new BigDecimal("1.031"))
        .setScale(-3, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY));
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(SWEDEN).toInstant();
  }
}
