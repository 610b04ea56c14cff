package se.tjanstekatalog.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.costing.control.MonthComputation;

/**
 * The demo year (2026) that every container-test class of the JVM shares. The classes read it,
 * and some import into it (see {@link TestMonths}); an input of any month marks every later
 * computed month stale (the database's triggers), so whatever ran before, a demo month may be
 * stale or its stored result older than its inputs. A class that needs a month's stored result
 * to be what its inputs give today ("recomputation gives the same", "nothing is stale") makes
 * it so here first, instead of relying on the classes before it.
 */
public final class DemoYear {
  private DemoYear() {}

  /**
   * Recomputes each month that is stale or whose recomputation differs from what is stored, as
   * the portal computes; a current month is left as it is. The months must be computed already
   * (the demo computes all of 2026 at start) and open.
   */
  public static synchronized void current(Class<?> by, YearMonth... months) {
    long t0 = System.nanoTime();
    List<YearMonth> recomputed = new ArrayList<>();
    try (Connection c = TestDatabase.connect()) {
      for (YearMonth month : months) {
        if (!stale(c, month)) {
          MonthComputation.Verification v = MonthComputation.verify(c, month);
          if (v.sameFingerprint() && v.sameLines()) {
            continue;
          }
        }
        c.setAutoCommit(false);
        MonthComputation.Outcome outcome = MonthComputation.computeAndStore(c, month,
            by.getSimpleName());
        if (!outcome.stored()) {
          throw new IllegalStateException(month + " does not compute: "
              + outcome.result().problems());
        }
        c.commit();
        c.setAutoCommit(true);
        recomputed.add(month);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the demo months current", e);
    }
    System.out.println("DemoYear: " + by.getSimpleName() + " checked " + months.length
        + " months, recomputed " + recomputed + ", in " + (System.nanoTime() - t0) / 1_000_000
        + " ms");
  }

  private static boolean stale(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT stale FROM costing_run WHERE period = ?")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(month + " is not computed");
        }
        return rs.getBoolean(1);
      }
    }
  }
}
