package se.tjanstekatalog.shared;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Which months are locked, for a capability the ledger builds on (the catalogue: a price that
 * governs a locked month may not change). The ledger implements it, so the catalogue needs
 * no arrow to the ledger.
 */
public interface LockedMonths {

  /** The latest locked month in {@code from}..{@code to}, if any. */
  Optional<YearMonth> lastLocked(YearMonth from, YearMonth to);
}
