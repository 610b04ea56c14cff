package se.tjanstekatalog.consumption.control;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * A month's consumption rows of chosen import batches, grouped by org, level and quantity
 * ({@code org_id, level_id, quantity, n}): read from the single rows ({@code consumption})
 * and the blocks ({@code consumption_block_row}) batch by batch, so the database expands only
 * the chosen batches' blocks and never materialises the month's rows (ADR 0011). Summing
 * {@code n} rows of one quantity gives the same figures, per-row rounding included, as
 * summing the rows themselves.
 */
public final class ConsumptionRowGroups {
  /** The month's {@code ACTIVE} consumption batches: no parameters after the month. */
  public static final String ACTIVE = "ib.kind = 'CONSUMPTION' AND ib.status = 'ACTIVE'"
      + " AND ib.period_from <= ? AND ib.period_to >= ?";

  private ConsumptionRowGroups() {}

  /** Parameters of the batch condition, set from an index; returns the next index. */
  @FunctionalInterface
  public interface Parameters {
    int bind(PreparedStatement ps, int index) throws SQLException;
  }

  /**
   * A derived table of the rows of the batches {@code batches} picks, a condition on
   * {@code import_batch ib}; bind with {@link #bind}.
   */
  public static String of(String batches) {
    String branch = "SELECT r.org_id, r.level_id, r.quantity, COUNT(*) AS n"
        + " FROM import_batch ib STRAIGHT_JOIN %s r ON r.period = ? AND r.batch_id = ib.id"
        + " WHERE " + batches + " GROUP BY r.org_id, r.level_id, r.quantity";
    return "(" + branch.formatted("consumption_block_row") + " UNION ALL "
        + branch.formatted("consumption") + ")";
  }

  /** Binds {@link #of}'s two branches: the month, then the batch condition's parameters. */
  public static int bind(PreparedStatement ps, int index, YearMonth month, Parameters batches)
      throws SQLException {
    int i = index;
    for (int branch = 0; branch < 2; branch++) {
      ps.setDate(i++, Date.valueOf(month.atDay(1)));
      i = batches.bind(ps, i);
    }
    return i;
  }

  /** {@link #bind} for {@link #ACTIVE}. */
  public static int bindActive(PreparedStatement ps, int index, YearMonth month)
      throws SQLException {
    Date first = Date.valueOf(month.atDay(1));
    return bind(ps, index, month, (p, i) -> {
      p.setDate(i, first);
      p.setDate(i + 1, first);
      return i + 2;
    });
  }
}
