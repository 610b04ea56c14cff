package se.tjanstekatalog.costing.control;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * What a model plan entry must satisfy before it is saved, in plain Java: a month written
 * {@code yyyy-MM}, an area and a model, a short note, one entry per area and month, and no
 * change that reaches a locked month. An entry from month M decides the binding model of M and
 * every later month up to the area's next entry, so an entry at or before the latest locked
 * month would change a locked month: refused (the database refuses it too, see changeset
 * 0004-7).
 */
public final class PlanRules {
  public static final int NOTE_MAX = 500;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private PlanRules() {}

  /** An entry already in the plan. */
  public record Existing(long id, long areaId, YearMonth from) {}

  /** A checked entry: the parsed month (null when it could not be read) and what is wrong. */
  public record Checked(YearMonth from, List<Violation> violations) {
    public boolean ok() {
      return violations.isEmpty();
    }
  }

  /**
   * Checks a new entry ({@code editing == null}) or a change of {@code editing}.
   *
   * @param areaName the chosen area's name, for messages; null when no area is chosen
   * @param latestLocked the latest locked month, or null when none is locked
   */
  public static Checked check(Existing editing, Long areaId, String areaName, String fromText,
      FinancingModel model, String note, List<Existing> existing, YearMonth latestLocked) {
    List<Violation> errors = new ArrayList<>();
    if (areaId == null) {
      errors.add(new Violation("area", "plan.error.area.required"));
    }
    YearMonth from = null;
    String text = fromText == null ? "" : fromText.strip();
    if (text.isEmpty()) {
      errors.add(new Violation("from", "plan.error.from.required"));
    } else {
      from = parseMonth(text);
      if (from == null) {
        errors.add(new Violation("from", "plan.error.from.format", text));
      }
    }
    if (model == null) {
      errors.add(new Violation("model", "plan.error.model.required"));
    }
    if (note != null && note.strip().length() > NOTE_MAX) {
      errors.add(new Violation("note", "plan.error.note.length", NOTE_MAX));
    }
    if (editing != null) {
      lockedCheck(editing.from(), latestLocked, "plan.error.locked.existing", errors);
    }
    if (from != null) {
      lockedCheck(from, latestLocked, "plan.error.locked", errors);
      if (areaId != null) {
        YearMonth month = from;
        boolean taken = existing.stream().anyMatch(e -> e.areaId() == areaId
            && e.from().equals(month) && (editing == null || e.id() != editing.id()));
        if (taken) {
          errors.add(new Violation("from", "plan.error.duplicate",
              Objects.requireNonNullElse(areaName, ""), SwedishFormat.month(from)));
        }
      }
    }
    return new Checked(from, errors);
  }

  /** Whether an entry from this month may be removed: no locked month at or after it. */
  public static List<Violation> checkRemove(Existing entry, YearMonth latestLocked) {
    List<Violation> errors = new ArrayList<>();
    lockedCheck(entry.from(), latestLocked, "plan.error.locked.existing", errors);
    return errors;
  }

  /** Whether an entry from {@code from} can still change, given the latest locked month. */
  public static boolean changeable(YearMonth from, YearMonth latestLocked) {
    return latestLocked == null || from.isAfter(latestLocked);
  }

  /** {@code yyyy-MM} exactly (a real month), else null. */
  public static YearMonth parseMonth(String text) {
    String t = text == null ? "" : text.strip();
    if (!MONTH.matcher(t).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(t, SwedishFormat.MONTH);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void lockedCheck(YearMonth from, YearMonth latestLocked, String key,
      List<Violation> errors) {
    if (!changeable(from, latestLocked)) {
      errors.add(new Violation("from", key, SwedishFormat.month(from),
          SwedishFormat.month(latestLocked), SwedishFormat.month(latestLocked.plusMonths(1))));
    }
  }
}
