package se.tjanstekatalog.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Optional;
import se.tjanstekatalog.shared.LockedMonths;

/** The ledger's locked months for the capabilities below it (see {@link LockedMonths}). */
@ApplicationScoped
public class LedgerLockedMonths implements LockedMonths {
  @Inject PeriodTransitions periods;

  @Override
  public Optional<YearMonth> lastLocked(YearMonth from, YearMonth to) {
    return periods.lastLocked(from, to);
  }
}
