package se.tjanstekatalog.organisation.entity;

import java.time.LocalDate;

/**
 * The editable facts of an org, as a form or an API call sends them. {@code id} is null for a
 * new org; {@code version} is the version the editor started from (optimistic locking).
 */
public record OrgUnitData(
    Long id,
    long version,
    String code,
    String name,
    OrgKind kind,
    String costCentre,
    String counterpartCode,
    LocalDate activeFrom,
    LocalDate activeTo) {


  /** Trims text fields and upper-cases the code, as users type them. */
  public OrgUnitData normalized() {
    return new OrgUnitData(id, version, upper(code), trim(name), kind, trim(costCentre),
        trim(counterpartCode), activeFrom, activeTo);
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  private static String upper(String s) {
    return trim(s).toUpperCase(java.util.Locale.ROOT);
  }
}
