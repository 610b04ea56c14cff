package se.tjanstekatalog.costing.control;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.tjanstekatalog.costing.domain.CostingEngine;
import se.tjanstekatalog.costing.domain.CostingResult;
import se.tjanstekatalog.costing.domain.LineComparison;
import se.tjanstekatalog.costing.domain.PeriodInputs;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.ledger.control.ResultStore;
import se.tjanstekatalog.ledger.domain.ResultLine;

/**
 * One month's computation on one JDBC connection, as the portal and the benchmark run it:
 * lock the month's period row, read the inputs (summed in SQL), compute in memory, store.
 */
public final class MonthComputation {

  /** What computing a month did; {@code result} carries any problems that kept it unsaved. */
  public record Outcome(CostingResult result, boolean stored, long millis) {}

  /** How a recomputation compares with what is stored. */
  public record Verification(YearMonth period, String storedFingerprint,
      String currentFingerprint, int storedLines, int recomputedLines, int firstDifference)
      implements Serializable {

    public boolean sameFingerprint() {
      return storedFingerprint != null && storedFingerprint.equals(currentFingerprint);
    }

    public boolean sameLines() {
      return storedFingerprint != null && firstDifference < 0;
    }
  }

  private MonthComputation() {}

  /** Computes and, unless the result has errors, stores the month. The caller commits. */
  public static Outcome computeAndStore(Connection c, YearMonth month, String who)
      throws SQLException {
    long t0 = System.nanoTime();
    LedgerPeriods.lockForUpdate(c, month); // computations of the same month queue
    PeriodInputs inputs = CostingInputs.load(c, month);
    CostingResult result = CostingEngine.compute(inputs);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    if (result.hasErrors()) {
      return new Outcome(result, false, millis);
    }
    ResultStore.store(c, new ResultStore.Computed(result.period(), result.fingerprint(),
        result.lines(), result.pools()), who, millis); // the run records reading and computing
    return new Outcome(result, true, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Recomputes from the current inputs and compares with the stored lines; saves nothing. */
  public static Verification verify(Connection c, YearMonth month) throws SQLException {
    Optional<LedgerReads.Run> run = LedgerReads.run(c, month);
    CostingResult now = CostingEngine.compute(CostingInputs.load(c, month));
    List<ResultLine> stored = LedgerReads.resultLines(c, month);
    return new Verification(month, run.map(LedgerReads.Run::fingerprint).orElse(null),
        now.fingerprint(), stored.size(), now.lines().size(),
        LineComparison.firstDifference(stored, now.lines()));
  }
}
