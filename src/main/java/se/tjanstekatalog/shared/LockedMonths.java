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

  /**
   * The latest locked month in {@code from}..{@code to} of the kommuner the current kommun's IT
   * nämnd serves (its catalogue is published into them, so its prices govern their months
   * too), with the kommun's name; empty when none is locked there or the nämnd serves none.
   */
  Optional<ServedMonth> lastLockedInServedKommuner(YearMonth from, YearMonth to);

  /** A served kommun's locked month. */
  record ServedMonth(String kommun, YearMonth month) {}
}
