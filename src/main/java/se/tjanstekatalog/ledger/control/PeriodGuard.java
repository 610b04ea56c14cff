package se.tjanstekatalog.ledger.control;

import java.sql.SQLException;

/** Recognises the database's refusal to change a locked period (see changeset 0003-9). */
public final class PeriodGuard {
  /** Message of the guard triggers' SIGNAL. */
  public static final String SIGNAL = "TK_PERIOD_LOCKED";

  private PeriodGuard() {}

  /** The trigger's signal, or an insert into consumption for a month not in open_period. */
  public static boolean isLockedPeriod(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && (message.contains(SIGNAL)
          || message.contains("fk_consumption_open_period"))) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null
          && isLockedPeriod(sql.getNextException())) {
        return true;
      }
    }
    return false;
  }
}
