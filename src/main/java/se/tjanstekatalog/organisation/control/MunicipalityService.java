package se.tjanstekatalog.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.platform.ReadCache;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * The municipality's own settings (its name and logo), maintained by ADMIN and recorded in the
 * audit trail. The logo's bytes are read and written by SQL only, so the entity that every
 * page reads for the name does not carry them.
 */
@Stateless
public class MunicipalityService {
  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject ReadCache cache;
  @Inject AuditLog auditLog;

  /** The logo as stored: its bytes, media type and when it was set (the cache key). */
  public record Logo(byte[] bytes, String mediaType, Instant updatedAt) {}

  @PermitAll
  public Municipality get() {
    return em.find(Municipality.class, tenancy.municipalityId());
  }

  @PermitAll
  public String name() {
    return cache.get(List.of("municipality.name"), () -> get().getName());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public void rename(String name, long version) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 120) {
      throw new RuleViolationException(new Violation("name", "settings.error.name", 120));
    }
    Municipality m = get();
    if (m.getVersion() != version) {
      throw new ConflictException("settings.error.conflict");
    }
    String before = m.getName();
    m.setName(trimmed);
    if (!before.equals(trimmed)) {
      auditLog.record(AuditKind.SETTINGS, "kommunens namn",
          "Kommunens namn: " + before + " → " + trimmed);
    }
  }

  /** The logo, if one is set. */
  @PermitAll
  public Optional<Logo> logo() {
    List<?> rows = em.createNativeQuery("SELECT logo, logo_type, logo_updated_at FROM"
        + " municipality WHERE id = ? AND logo IS NOT NULL AND logo_type IS NOT NULL")
        .setParameter(1, tenancy.municipalityId())
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Logo((byte[]) row[0], (String) row[1], instant(row[2])));
  }

  /**
   * When the logo was last set, as the header's cache key ({@code ?v=}), or 0 without a logo.
   * Cached like the name: the header asks on every page.
   */
  @PermitAll
  public long logoVersion() {
    return cache.get(List.of("municipality.logo"), () -> {
      Municipality m = get();
      return m.getLogoType() == null || m.getLogoUpdatedAt() == null ? 0L
          : m.getLogoUpdatedAt().toEpochMilli();
    });
  }

  /** Sets the logo: PNG or JPEG, at most 200 kB, checked by its content ({@link LogoRules}). */
  @RolesAllowed(Role.ADMIN_NAME)
  public void setLogo(byte[] bytes, String fileName) {
    LogoRules.Checked checked = LogoRules.check(bytes);
    if (!checked.accepted()) {
      throw new RuleViolationException(checked.violation());
    }
    storeLogo(bytes, checked.mediaType());
    auditLog.record(AuditKind.SETTINGS, "logotyp", "Ny logotyp " + fileName + " ("
        + checked.mediaType() + ", " + bytes.length + " byte)");
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public void removeLogo() {
    if (logo().isPresent()) {
      storeLogo(null, null);
      auditLog.record(AuditKind.SETTINGS, "logotyp", "Logotypen togs bort");
    }
  }

  /**
   * The bytes by SQL; the type and time through the entity, whose change tells the header's
   * cache ({@code ChangeGeneration}).
   */
  private void storeLogo(byte[] bytes, String type) {
    Instant now = Instant.now();
    if (bytes == null) {
      em.createNativeQuery("UPDATE municipality SET logo = NULL WHERE id = ?")
          .setParameter(1, tenancy.municipalityId())
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE municipality SET logo = ? WHERE id = ?")
          .setParameter(1, bytes)
          .setParameter(2, tenancy.municipalityId())
          .executeUpdate();
    }
    get().logoChanged(type, now);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime t) {
      return t.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
    return value instanceof Instant i ? i : Instant.EPOCH;
  }
}
