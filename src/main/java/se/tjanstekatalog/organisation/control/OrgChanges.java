package se.tjanstekatalog.organisation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;

/**
 * What an edit changes in an org, field by field, for the audit trail and for deciding
 * whether a workbook row changes anything at all (a round trip of an export changes nothing).
 */
public final class OrgChanges {
  private OrgChanges() {}

  /** "namn: A → B; motpart: 1 → 2"; empty when the two agree on every editable field. */
  public static List<String> between(OrgUnitData before, OrgUnitData after) {
    List<String> changes = new ArrayList<>();
    field(changes, "namn", before.name(), after.name());
    field(changes, "typ", kind(before.kind()), kind(after.kind()));
    field(changes, "ansvar", before.costCentre(), after.costCentre());
    field(changes, "motpart", before.counterpartCode(), after.counterpartCode());
    field(changes, "aktiv från", date(before.activeFrom()), date(after.activeFrom()));
    field(changes, "aktiv till", date(before.activeTo()), date(after.activeTo()));
    return changes;
  }

  /** The audit summary of a new org. */
  public static String created(OrgUnitData org) {
    return "Ny organisation " + org.code() + " " + org.name() + " (" + kind(org.kind())
        + ", ansvar " + org.costCentre() + ", motpart " + org.counterpartCode() + ", aktiv från "
        + date(org.activeFrom()) + ")";
  }

  /** The audit summary of a changed org. */
  public static String changed(OrgUnitData after, List<String> changes) {
    return "Ändrad organisation " + after.code() + ": " + String.join("; ", changes);
  }

  private static void field(List<String> changes, String label, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(label + ": " + before + " → " + after);
    }
  }

  private static String kind(OrgKind kind) {
    return kind == null ? "–" : OrgRegisterWorkbook.KIND_TEXT.get(kind);
  }

  private static String date(LocalDate date) {
    return date == null ? "tills vidare" : date.toString();
  }
}
