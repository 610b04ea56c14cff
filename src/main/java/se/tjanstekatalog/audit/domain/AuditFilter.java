package se.tjanstekatalog.audit.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the audit page and API filter on; every part may be null. {@code person} matches part
 * of the user name or the display name; {@code from}/{@code to} are days, both included.
 */
public record AuditFilter(String person, AuditKind kind, YearMonth month, LocalDate from,
    LocalDate to) {
  public AuditFilter {
    person = person == null || person.isBlank() ? null : person.strip();
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null);
  }
}
