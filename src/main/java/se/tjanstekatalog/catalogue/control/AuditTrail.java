package se.tjanstekatalog.catalogue.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.ChangeProposal;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Writes one audit row per changed value, in the caller's transaction, so a catalogue change
 * and its trail are saved together or not at all. Unchanged values write nothing. Each change
 * also goes to the portal's audit log ({@link AuditLog}): prices as PRICE, changes a decided
 * proposal made as PROPOSAL, the rest as CATALOGUE.
 */
@Dependent
public class AuditTrail {
  @Inject CatalogueRepository repository;
  @Inject CurrentCaller caller;
  @Inject AuditLog log;

  public void record(Service service, String subject, String field, Object oldValue,
      Object newValue, ChangeProposal proposal) {
    String before = text(oldValue);
    String after = text(newValue);
    if (Objects.equals(before, after)) {
      return;
    }
    repository.persist(new AuditEntry(Instant.now(), caller.name(), service, subject, field,
        before, after, proposal));
    // A setting without a service is a single sign-on group mapping (recordSetting).
    AuditKind kind = service == null ? AuditKind.SSO_MAPPING
        : field.endsWith("Price") ? AuditKind.PRICE
        : proposal != null ? AuditKind.PROPOSAL : AuditKind.CATALOGUE;
    log.record(kind, service == null ? subject : service.getCode(),
        (service == null ? subject : service.getName() + " – " + subject) + ": "
        + Messages.sv("audit.field." + field) + " "
        + (before == null ? "–" : shown(SwedishFormat.SWEDISH, field, before)) + " → "
        + (after == null ? "–" : shown(SwedishFormat.SWEDISH, field, after))
        + (proposal == null ? "" : " (förslag " + proposal.getId() + ")"));
  }

  /**
   * One changed value of a portal setting kept by ADMIN (no service): the single sign-on group
   * mappings (ADR 0009). Unchanged values write nothing.
   */
  public void recordSetting(String subject, String field, Object oldValue, Object newValue) {
    record(null, subject.length() > 200 ? subject.substring(0, 199) + "…" : subject, field,
        oldValue, newValue, null);
  }

  /** The fields whose values are kept as code names, and their labels' message-key prefix. */
  private static final java.util.Map<String, String> CODED = java.util.Map.of(
      "financing", "financing.", "unit", "unit.", "lifecycle", "lifecycle.",
      "sso.role", "role.");

  /**
   * A recorded value as a person reads it: a code name (a financing, unit, lifecycle or role)
   * by its label in {@code locale}, anything else as recorded.
   */
  public static String shown(java.util.Locale locale, String field, String value) {
    String prefix = CODED.get(field);
    return value == null || prefix == null ? value : Messages.get(locale, prefix + value);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof se.tjanstekatalog.shared.Amount a) {
      return a.value().toPlainString();
    }
    if (value instanceof java.math.BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
