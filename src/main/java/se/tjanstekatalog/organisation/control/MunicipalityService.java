package se.tjanstekatalog.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.tjanstekatalog.organisation.entity.Municipality;
import se.tjanstekatalog.platform.ReadCache;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/** The municipality's own settings (its name), maintained by ADMIN. */
@Stateless
public class MunicipalityService {
  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject ReadCache cache;

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
    m.setName(trimmed);
  }
}
