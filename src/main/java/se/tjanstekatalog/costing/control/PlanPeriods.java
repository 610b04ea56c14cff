package se.tjanstekatalog.costing.control;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.costing.domain.ModelPlan;

/**
 * The model plan as periods, one list per service area, over the range the plan page shows:
 * from the first month with results (or the plan's first entry, if earlier) to at least twelve
 * months after the last entry. Before an area's first entry internfakturering is binding
 * ({@link ModelPlan#DEFAULT}); that stretch is a period without an entry. Plain Java, so the
 * timeline and its table are built from one tested list.
 */
public final class PlanPeriods {
  /** How far past the last entry (or the last result) the range reaches, in months. */
  public static final int AHEAD = 12;

  private PlanPeriods() {}

  /** A service area as the plan shows it. */
  public record Area(long id, String code, String name) implements Serializable {}

  /** One entry of the plan with what the page shows about it. */
  public record Entry(long id, long version, long areaId, YearMonth from, FinancingModel model,
      String note, String savedBy, java.time.Instant savedAt) implements Serializable {}

  /**
   * A stretch of months in which one model is binding for an area. {@code to} is the last
   * month, or null when the period runs on (the area's last period); {@code entry} is null for
   * the default stretch before the area's first entry.
   */
  public record Period(Area area, YearMonth from, YearMonth to, FinancingModel model,
      Entry entry, boolean changeable) implements Serializable {

    public FinancingModel shadow() {
      return model.other();
    }

    /** The first month after the period as drawn on the timeline (range end when open). */
    public YearMonth drawnEnd(YearMonth rangeEnd) {
      return (to == null ? rangeEnd : to).plusMonths(1);
    }
  }

  /** The months shown: {@code first} to {@code last}, both included. */
  public record Range(YearMonth first, YearMonth last) implements Serializable {}

  /**
   * The range to show: from the first computed month or the first entry, whichever is earlier
   * (the current month when there is neither), to {@value #AHEAD} months after the last entry,
   * and never before the last computed month or less than a year in all.
   */
  public static Range range(List<Entry> entries, YearMonth firstComputed, YearMonth lastComputed,
      YearMonth now) {
    YearMonth first = firstComputed;
    YearMonth lastEntry = null;
    for (Entry e : entries) {
      if (first == null || e.from().isBefore(first)) {
        first = e.from();
      }
      if (lastEntry == null || e.from().isAfter(lastEntry)) {
        lastEntry = e.from();
      }
    }
    if (first == null) {
      first = now;
    }
    YearMonth last = first.plusMonths(AHEAD - 1);
    if (lastEntry != null && lastEntry.plusMonths(AHEAD).isAfter(last)) {
      last = lastEntry.plusMonths(AHEAD);
    }
    if (lastComputed != null && lastComputed.isAfter(last)) {
      last = lastComputed;
    }
    return new Range(first, last);
  }

  /**
   * Every area's periods within the range, areas in the given order, each area's periods in
   * time order. Entries after the range end cannot occur (the range reaches past the last).
   */
  public static List<Period> periods(List<Area> areas, List<Entry> entries, Range range,
      YearMonth latestLocked) {
    List<Period> periods = new ArrayList<>();
    for (Area area : areas) {
      List<Entry> own = entries.stream().filter(e -> e.areaId() == area.id())
          .sorted(Comparator.comparing(Entry::from)).toList();
      if (own.isEmpty() || own.get(0).from().isAfter(range.first())) {
        YearMonth end = own.isEmpty() ? null : own.get(0).from().minusMonths(1);
        periods.add(new Period(area, range.first(), end, ModelPlan.DEFAULT, null, false));
      }
      for (int i = 0; i < own.size(); i++) {
        Entry e = own.get(i);
        YearMonth to = i + 1 < own.size() ? own.get(i + 1).from().minusMonths(1) : null;
        periods.add(new Period(area, e.from(), to, e.model(), e,
            PlanRules.changeable(e.from(), latestLocked)));
      }
    }
    return periods;
  }
}
