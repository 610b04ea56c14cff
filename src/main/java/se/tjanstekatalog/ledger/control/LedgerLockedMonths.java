package se.tjanstekatalog.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.LockedMonths;

/** The ledger's locked months for the capabilities below it (see {@link LockedMonths}). */
@ApplicationScoped
public class LedgerLockedMonths implements LockedMonths {
  @Inject PeriodTransitions periods;
  @Inject Tenancy tenancy;
  @Inject @TenantDatabase DataSource database;

  @Override
  public Optional<YearMonth> lastLocked(YearMonth from, YearMonth to) {
    return periods.lastLocked(from, to);
  }

  /**
   * Each served kommun read in its own database, one at a time and outside the caller's
   * transaction (docs/adr/0007-tenancy.md, decision 3): a connection of the host's transaction
   * is never pointed at another kommun.
   */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<ServedMonth> lastLockedInServedKommuner(YearMonth from, YearMonth to) {
    return tenancy.served().stream()
        .flatMap(t -> tenancy.runAs(t, () -> lastLockedIn(t, from, to)).stream())
        .max(Comparator.comparing(ServedMonth::month));
  }

  private Optional<ServedMonth> lastLockedIn(Tenant kommun, YearMonth from, YearMonth to) {
    try (Connection c = database.getConnection()) {
      return LedgerPeriods.lastLocked(c, from, to).map(m -> new ServedMonth(kommun.name(), m));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the locked months of " + kommun.code(), e);
    }
  }
}
