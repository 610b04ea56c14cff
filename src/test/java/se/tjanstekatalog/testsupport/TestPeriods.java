package se.tjanstekatalog.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * Locks a month for a test, and takes the lock back afterwards. The ITs share one database, and
 * a locked month is not only immutable itself: the model plan cannot change at or before it
 * (tr_model_plan_*), so a lock left behind would break any later test that edits the plan. The
 * portal never unlocks (tr_period_no_reopen, tr_period_no_delete); {@link #unlock} removes the
 * period row with the delete guard dropped for that one statement and restores the guard from
 * its own definition. Use only for months that had no period row before (far-future months).
 */
public final class TestPeriods {
  private static final String GUARD = "tr_period_no_delete";

  private TestPeriods() {}

  /** Locks a month that has no period row yet, as the portal locks: tk_lock_period. */
  public static void lock(YearMonth month) {
    try (Connection c = TestDatabase.connect()) {
      if (exists(c, month)) {
        throw new IllegalStateException(month + " already has a period row; pick a month"
            + " nobody uses, so unlock can remove it again");
      }
      try (PreparedStatement ps = c.prepareStatement("CALL tk_lock_period(?, 'test')")) {
        ps.setDate(1, first(month));
        ps.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock " + month, e);
    }
  }

  /** Removes the month's period row again, leaving the database as before {@link #lock}. */
  public static void unlock(YearMonth month) {
    try (Connection c = TestDatabase.connect()) {
      String create;
      try (PreparedStatement ps = c.prepareStatement("SELECT ACTION_TIMING,"
          + " EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT"
          + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
          + " AND TRIGGER_NAME = ?")) {
        ps.setString(1, GUARD);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("No trigger " + GUARD);
          }
          create = "CREATE TRIGGER " + GUARD + " " + rs.getString(1) + " " + rs.getString(2)
              + " ON " + rs.getString(3) + " FOR EACH ROW " + rs.getString(4);
        }
      }
      try (Statement st = c.createStatement()) {
        st.execute("DROP TRIGGER " + GUARD);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM period WHERE period = ?")) {
          ps.setDate(1, first(month));
          ps.executeUpdate();
        } finally {
          st.execute(create);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not unlock " + month, e);
    }
  }

  private static boolean exists(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM period WHERE period = ?")) {
      ps.setDate(1, first(month));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Date first(YearMonth month) {
    return Date.valueOf(month.atDay(1));
  }
}
