package se.tjanstekatalog.security.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import se.tjanstekatalog.catalogue.control.AuditTrail;
import se.tjanstekatalog.catalogue.entity.AuditEntry;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.entity.SsoGroupMapping;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * ADMIN keeps which IdP group gives which role and org at single sign-on (ADR 0009). Every
 * change is written to the audit trail (fields {@code sso.*}, without a service). A change
 * counts from each person's next login; open sessions keep their role until then.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SsoMappings {
  private static final Logger LOG = Logger.getLogger(SsoMappings.class.getName());
  static final int MAX_GROUP = 256;
  static final String FIELD_PREFIX = "sso.";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  /** What the admin fills in; {@code id == null} for a new mapping. */
  public record MappingData(Long id, long version, String group, Role role, Long orgId) {}

  public List<SsoGroupMapping> all() {
    return em.createNamedQuery(SsoGroupMapping.FIND_ALL, SsoGroupMapping.class).getResultList();
  }

  /** The latest changes of the mappings, newest first. */
  public List<AuditEntry> history(int max) {
    return em.createNamedQuery(AuditEntry.FIND_WITHOUT_SERVICE, AuditEntry.class)
        .setParameter("fieldPrefix", FIELD_PREFIX + "%")
        .setMaxResults(max)
        .getResultList();
  }

  public SsoGroupMapping save(MappingData data) {
    String group = data.group() == null ? "" : data.group().strip();
    List<Violation> errors = new ArrayList<>();
    if (group.isEmpty()) {
      errors.add(new Violation("group", "sso.error.group.required"));
    } else if (group.length() > MAX_GROUP) {
      errors.add(new Violation("group", "sso.error.group.long", MAX_GROUP));
    }
    if (data.role() == null) {
      errors.add(new Violation("role", "sso.error.role.required"));
    }
    OrgUnit org = data.orgId() == null ? null : em.find(OrgUnit.class, data.orgId());
    if (data.orgId() != null && org == null) {
      errors.add(new Violation("org", "sso.error.org.unknown", data.orgId()));
    }
    if (data.role() != null && data.role().requiresOrg() && data.orgId() == null) {
      errors.add(new Violation("org", "sso.error.org.required"));
    } else if (data.role() != null && !data.role().requiresOrg() && data.orgId() != null) {
      errors.add(new Violation("org", "sso.error.org.notAllowed"));
    }
    if (!group.isEmpty()) {
      em.createNamedQuery(SsoGroupMapping.FIND_BY_GROUP, SsoGroupMapping.class)
          .setParameter("group", group).getResultStream()
          .filter(other -> !other.getId().equals(data.id()))
          .findFirst()
          .ifPresent(other -> errors.add(new Violation("group", "sso.error.group.taken", group)));
    }
    RuleViolationException.throwIfAny(errors);
    SsoGroupMapping mapping;
    if (data.id() == null) {
      mapping = new SsoGroupMapping(group, data.role(), org);
      em.persist(mapping);
      audit.recordSetting(subject(group), FIELD_PREFIX + "role", null, data.role());
      audit.recordSetting(subject(group), FIELD_PREFIX + "org", null, code(org));
      LOG.info(() -> "Single sign-on: group '" + LogText.safe(group) + "' now gives "
          + data.role() + (org == null ? "" : " for " + org.getCode()));
      return mapping;
    }
    mapping = load(data.id(), data.version());
    audit.recordSetting(subject(group), FIELD_PREFIX + "group", mapping.getGroupName(), group);
    audit.recordSetting(subject(group), FIELD_PREFIX + "role", mapping.getRole(), data.role());
    audit.recordSetting(subject(group), FIELD_PREFIX + "org", code(mapping.getOrg()), code(org));
    mapping.setGroupName(group);
    mapping.setRole(data.role());
    mapping.setOrg(org);
    LOG.info(() -> "Single sign-on: group '" + LogText.safe(group) + "' changed to "
        + data.role() + (org == null ? "" : " for " + org.getCode()));
    return mapping;
  }

  public void remove(long id, long version) {
    SsoGroupMapping mapping = load(id, version);
    String group = mapping.getGroupName();
    audit.recordSetting(subject(group), FIELD_PREFIX + "mapping",
        mapping.getRole() + (mapping.getOrg() == null ? "" : " " + mapping.getOrg().getCode()),
        null);
    em.remove(mapping);
    LOG.info(() -> "Single sign-on: group '" + LogText.safe(group) + "' no longer mapped");
  }

  private SsoGroupMapping load(long id, long version) {
    SsoGroupMapping mapping = em.find(SsoGroupMapping.class, id);
    if (mapping == null) {
      throw new NotFoundException("sso.error.notFound", id);
    }
    if (mapping.getVersion() != version) {
      throw new ConflictException(new OptimisticLockException(), "sso.error.conflict",
          mapping.getGroupName());
    }
    return mapping;
  }

  private static String subject(String group) {
    return "SSO-grupp " + group;
  }

  private static String code(OrgUnit org) {
    return org == null ? null : org.getCode();
  }
}
