package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.costing.control.MonthComputation;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;

/**
 * The demo's model plan (Arbetsplats switches to solidarisk fördelning from July 2026, every
 * other area stays on internfakturering) and the twelve 2026 months computed under both models,
 * after the demo consumption is in (a later observer, its own transaction).
 */
@ApplicationScoped
public class DemoCosting {
  private static final Logger LOG = Logger.getLogger(DemoCosting.class.getName());
  static final YearMonth SWITCH = DemoConsumption.YEAR.atMonth(7);

  @Inject @TenantDatabase DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  @Transactional
  void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000)
      Bootstrap.SchemaReady ready) {
    if (!demo) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (DemoConsumption.count(c, "SELECT COUNT(*) FROM model_plan") > 0
          || !LedgerReads.storedMonths(c).isEmpty()
          || DemoConsumption.count(c, "SELECT COUNT(*) FROM consumption_sum") == 0) {
        return;
      }
      long t0 = System.nanoTime();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_plan (area_id,"
          + " valid_from, model, note, created_by, created_at) SELECT id, ?, 'ALLOCATION', ?,"
          + " 'demo', ? FROM service_area WHERE code = 'ARBETSPLATS'")) {
        ps.setDate(1, Date.valueOf(SWITCH.atDay(1)));
        ps.setString(2, "Beslut i kommunstyrelsen: Arbetsplats finansieras solidariskt"
            + " efter antal medarbetare.");
        ps.setTimestamp(3, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      int lines = 0;
      for (int m = 1; m <= 12; m++) {
        MonthComputation.Outcome outcome = MonthComputation.computeAndStore(c,
            DemoConsumption.YEAR.atMonth(m), "demo");
        if (!outcome.stored()) {
          throw new IllegalStateException("The demo month " + m + " cannot be computed: "
              + outcome.result().problems());
        }
        lines += outcome.result().lines().size();
      }
      int total = lines;
      LOG.info(() -> "Demo months computed: 12 months, " + total + " result lines in "
          + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not compute the demo months", e);
    }
  }
}
