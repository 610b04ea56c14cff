package se.tjanstekatalog.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgRepository;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/** The org register: everyone logged in reads it, ADMIN changes it. */
@Stateless
public class OrganisationService {
  @Inject OrgRepository repository;

  @PermitAll
  public List<OrgUnit> all() {
    return repository.findAll();
  }

  @PermitAll
  public OrgUnit find(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("org.error.notFound", id));
  }

  @PermitAll
  public OrgUnit byCode(String code) {
    return repository.findByCode(code)
        .orElseThrow(() -> new NotFoundException("org.error.notFound", code));
  }

  @PermitAll
  public Map<OrgKind, Long> countByKind() {
    return repository.countByKind();
  }

  /**
   * Creates ({@code id == null}) or updates an org. An update names the version the editor
   * started from; if someone saved in between, nothing is written and the editor is told.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public OrgUnit save(OrgUnitData input) {
    OrgUnitData data = input.normalized();
    List<Violation> errors = new java.util.ArrayList<>(OrgUnitRules.check(data));
    repository.findByCode(data.code())
        .filter(other -> !other.getId().equals(data.id()))
        .ifPresent(other -> errors.add(
            new Violation("code", "org.error.code.taken", data.code(), other.getName())));
    RuleViolationException.throwIfAny(errors);
    if (data.id() == null) {
      OrgUnit org = new OrgUnit(data);
      repository.persist(org);
      return org;
    }
    OrgUnit org = find(data.id());
    if (org.getVersion() != data.version()) {
      throw new ConflictException(new OptimisticLockException(), "org.error.conflict",
          org.getName());
    }
    org.apply(data);
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e, "org.error.conflict", org.getName());
    }
    return org;
  }
}
