package se.tjanstekatalog.organisation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.Violation;

/** The rules an org must satisfy by itself (uniqueness is checked against the register). */
public final class OrgUnitRules {
  private static final Pattern CODE = Pattern.compile("[A-ZÅÄÖ0-9_-]{2,20}");
  private static final Pattern COST_CENTRE = Pattern.compile("[A-Za-z0-9-]{1,20}");
  private static final Pattern COUNTERPART = Pattern.compile("[1-7][0-9]{0,3}");

  private OrgUnitRules() {}

  public static List<Violation> check(OrgUnitData org) {
    List<Violation> errors = new ArrayList<>();
    if (org.code().isEmpty()) {
      errors.add(new Violation("code", "org.error.code.required"));
    } else if (!CODE.matcher(org.code()).matches()) {
      errors.add(new Violation("code", "org.error.code.format", org.code()));
    }
    if (org.name().isEmpty()) {
      errors.add(new Violation("name", "org.error.name.required"));
    } else if (org.name().length() > 200) {
      errors.add(new Violation("name", "org.error.name.length", 200));
    }
    if (org.kind() == null) {
      errors.add(new Violation("kind", "org.error.kind.required"));
    }
    if (org.costCentre().isEmpty()) {
      errors.add(new Violation("costCentre", "org.error.costCentre.required"));
    } else if (!COST_CENTRE.matcher(org.costCentre()).matches()) {
      errors.add(new Violation("costCentre", "org.error.costCentre.format", org.costCentre()));
    }
    checkCounterpart(org, errors);
    if (org.activeFrom() == null) {
      errors.add(new Violation("activeFrom", "org.error.activeFrom.required"));
    } else if (org.activeTo() != null && org.activeTo().isBefore(org.activeFrom())) {
      errors.add(new Violation("activeTo", "org.error.activeTo.beforeStart",
          org.activeTo().toString(), org.activeFrom().toString()));
    }
    return errors;
  }

  private static void checkCounterpart(OrgUnitData org, List<Violation> errors) {
    String code = org.counterpartCode();
    if (code.isEmpty()) {
      errors.add(new Violation("counterpartCode", "org.error.counterpart.required"));
      return;
    }
    if (!COUNTERPART.matcher(code).matches()) {
      errors.add(new Violation("counterpartCode", "org.error.counterpart.format", code));
      return;
    }
    int group = code.charAt(0) - '0';
    if (org.kind() == OrgKind.ADMINISTRATION && group > 4) {
      errors.add(new Violation("counterpartCode", "org.error.counterpart.administration", code));
    } else if (org.kind() == OrgKind.COMPANY && group < 5) {
      errors.add(new Violation("counterpartCode", "org.error.counterpart.company", code));
    }
  }
}
