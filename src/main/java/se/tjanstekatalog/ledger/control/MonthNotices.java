package se.tjanstekatalog.ledger.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import se.tjanstekatalog.ledger.control.InputChanges.Staleness;
import se.tjanstekatalog.ledger.domain.MonthToReview;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Role;

/**
 * What the statement and review pages say at the top about a month's figures: whether its
 * inputs changed after it was computed, and what changed; and which month they open on when
 * none is asked for ({@link MonthToReview}). Reads only.
 */
@Stateless
public class MonthNotices {
  @Inject @TenantDatabase DataSource dataSource;

  /** The month's staleness, empty when its figures are those of its inputs (or not computed). */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public Optional<Staleness> staleness(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return InputChanges.staleness(c, month);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the state of " + month, e);
    }
  }

  /** The month waiting for review: the latest PRELIMINARY computed month, else the latest computed. */
  @RolesAllowed({Role.VIEWER_NAME, Role.ORG_FINANCE_NAME, Role.IT_CONTROLLER_NAME,
      Role.ADMIN_NAME})
  public Optional<YearMonth> monthToReview() {
    try (Connection c = dataSource.getConnection()) {
      Map<YearMonth, PeriodStatus> computed = new TreeMap<>();
      LedgerReads.storedMonths(c).forEach(m -> computed.put(m.period(), m.status()));
      return MonthToReview.of(computed);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the computed months", e);
    }
  }
}
