package se.tjanstekatalog.consumption.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import se.tjanstekatalog.consumption.entity.FocusCostColumn;
import se.tjanstekatalog.consumption.entity.FocusMapping;
import se.tjanstekatalog.consumption.entity.FocusMappingRepository;
import se.tjanstekatalog.consumption.entity.FocusMappingTarget;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * The FOCUS mapping table, maintained by IT_CONTROLLER: which SubAccountId or tag value is
 * which org, and which SkuId or ServiceName is which service level and/or cost pool. Orgs,
 * levels and pools are read through {@link ReferenceData}, the same picture the importers
 * check rows against.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class FocusMappingService {
  /** The fields an ORG mapping may match (besides {@code tag:<key>}). */
  public static final List<String> ORG_FIELDS = List.of(FocusRule.SUB_ACCOUNT_ID);
  /** The fields a COST mapping may match, in the order they are tried. */
  public static final List<String> COST_FIELDS =
      List.of(FocusRule.SKU_ID, FocusRule.SERVICE_NAME);

  @Inject FocusMappingRepository repository;

  @Inject @TenantDatabase DataSource dataSource;

  /** A mapping as the page lists it, with what it points to by code and name. */
  public record MappingView(long id, long version, FocusMappingTarget target, String field,
      String value, Long orgId, Long levelId, Long poolId, String pointsTo,
      FocusCostColumn costColumn) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An org, a service level or a pool to pick, with its label. */
  public record Choice(long id, String label) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** What the mapping form offers. */
  public record Choices(List<Choice> orgs, List<Choice> levels, List<Choice> pools)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A new ({@code id == null}) or changed mapping as the form gives it; {@code costColumn}
   * matters for COST mappings only (null: EFFECTIVE).
   */
  public record MappingInput(Long id, long version, FocusMappingTarget target, String field,
      String value, Long orgId, Long levelId, Long poolId, FocusCostColumn costColumn) {}

  public List<MappingView> all() {
    ReferenceData ref = reference();
    return repository.all().stream().map(m -> view(m, ref)).toList();
  }

  /**
   * Orgs, pools, and the levels consumption can be recorded on: not of a service billed at a
   * fixed monthly price, and not of a retired service.
   */
  public Choices choices() {
    ReferenceData ref = reference();
    List<Choice> orgs = ref.orgs().stream()
        .map(o -> new Choice(o.id(), o.code() + " – " + o.name())).toList();
    List<Choice> levels = new ArrayList<>();
    for (ReferenceData.Service s : ref.services()) {
      if (!s.fixedMonthly() && !s.retired()) {
        s.levels().forEach(l -> levels.add(new Choice(l.id(), levelLabel(s, l))));
      }
    }
    List<Choice> pools = ref.pools().stream()
        .sorted(Comparator.comparing(ReferenceData.Pool::code))
        .map(p -> new Choice(p.id(), p.code() + " – " + p.name())).toList();
    return new Choices(orgs, levels, pools);
  }

  /**
   * Creates or changes a mapping. Field names are written as FOCUS spells them ({@code
   * SubAccountId}, {@code SkuId}, {@code ServiceName}, {@code tag:<key>}); values are kept as
   * given, trimmed, and compared without case.
   */
  public MappingView save(MappingInput input) {
    ReferenceData ref = reference();
    List<Violation> errors = new ArrayList<>();
    FocusMappingTarget target = input.target();
    if (target == null) {
      throw new RuleViolationException(new Violation("target", "focus.error.targetRequired"));
    }
    String field = field(target, input.field(), errors);
    String value = input.value() == null ? "" : input.value().strip();
    if (value.isEmpty()) {
      errors.add(new Violation("value", "focus.error.valueRequired"));
    } else if (value.length() > FocusMapping.MAX_VALUE) {
      errors.add(new Violation("value", "focus.error.valueTooLong", FocusMapping.MAX_VALUE));
    }
    if (target == FocusMappingTarget.ORG) {
      if (input.orgId() == null || ref.org(input.orgId()) == null) {
        errors.add(new Violation("org", "focus.error.orgRequired"));
      }
    } else {
      checkCost(input, ref, errors);
    }
    if (field != null && !value.isEmpty()) {
      repository.match(target, field, value)
          .filter(other -> !other.getId().equals(input.id()))
          .ifPresent(other -> errors.add(new Violation("value", "focus.error.duplicate",
              other.getMatchField(), other.getMatchValue())));
    }
    RuleViolationException.throwIfAny(errors);

    FocusMapping mapping;
    if (input.id() == null) {
      mapping = new FocusMapping(target, field, value);
      mapping.pointTo(field, value, input.orgId(), input.levelId(), input.poolId());
      mapping.readCostFrom(input.costColumn());
      repository.persist(mapping);
    } else {
      mapping = find(input.id());
      if (mapping.getVersion() != input.version() || mapping.getTarget() != target) {
        throw new ConflictException("focus.error.conflict", mapping.getMatchValue());
      }
      mapping.pointTo(field, value, input.orgId(), input.levelId(), input.poolId());
      mapping.readCostFrom(input.costColumn());
    }
    flush(field, value);
    return view(mapping, ref);
  }

  public void delete(long id, long version) {
    FocusMapping mapping = find(id);
    if (mapping.getVersion() != version) {
      throw new ConflictException("focus.error.conflict", mapping.getMatchValue());
    }
    repository.remove(mapping);
  }

  /**
   * The mappings as the importer applies them, by code. A mapping whose org, level or pool
   * no longer exists (or a pool that is no longer active) is left out, so its rows show up
   * as unmapped instead of going astray.
   */
  static List<FocusRule> rules(List<FocusMapping> mappings, ReferenceData ref) {
    List<FocusRule> rules = new ArrayList<>();
    for (FocusMapping m : mappings) {
      if (m.getTarget() == FocusMappingTarget.ORG) {
        ReferenceData.Org org = m.getOrgId() == null ? null : ref.org(m.getOrgId());
        if (org != null) {
          rules.add(FocusRule.org(m.getMatchField(), m.getMatchValue(), org.code()));
        }
        continue;
      }
      ReferenceData.Level level = m.getLevelId() == null ? null : ref.level(m.getLevelId());
      ReferenceData.Service service = level == null ? null : ref.serviceOfLevel(level.id());
      ReferenceData.Pool pool = m.getPoolId() == null ? null : ref.pool(m.getPoolId());
      if ((m.getLevelId() != null && level == null) || (m.getPoolId() != null && pool == null)
          || (level == null && pool == null)) {
        continue;
      }
      rules.add(new FocusRule(FocusMappingTarget.COST, m.getMatchField(), m.getMatchValue(),
          null, service == null ? null : service.code(), level == null ? null : level.code(),
          pool == null ? null : pool.code(), m.getCostColumn()));
    }
    return rules;
  }

  private FocusMapping find(long id) {
    return repository.find(id)
        .orElseThrow(() -> new NotFoundException("focus.error.notFound", id));
  }

  /** The field as FOCUS spells it, or null (and a violation) if the target cannot use it. */
  private static String field(FocusMappingTarget target, String text, List<Violation> errors) {
    String given = text == null ? "" : text.strip();
    List<String> fields = target == FocusMappingTarget.ORG ? ORG_FIELDS : COST_FIELDS;
    for (String f : fields) {
      if (f.equalsIgnoreCase(given)) {
        return f;
      }
    }
    if (target == FocusMappingTarget.ORG && FocusRule.isTag(given)) {
      String key = given.substring(FocusRule.TAG_PREFIX.length()).strip();
      if (!key.isEmpty() && key.chars().noneMatch(Character::isWhitespace)
          && FocusRule.TAG_PREFIX.length() + key.length() <= FocusMapping.MAX_FIELD) {
        return FocusRule.TAG_PREFIX + key.toLowerCase(Locale.ROOT);
      }
    }
    errors.add(new Violation("field", target == FocusMappingTarget.ORG
        ? "focus.error.orgField" : "focus.error.costField", given));
    return null;
  }

  private static void checkCost(MappingInput input, ReferenceData ref, List<Violation> errors) {
    if (input.levelId() == null && input.poolId() == null) {
      errors.add(new Violation("level", "focus.error.costTargetRequired"));
      return;
    }
    if (input.levelId() != null) {
      ReferenceData.Level level = ref.level(input.levelId());
      ReferenceData.Service service = level == null ? null : ref.serviceOfLevel(level.id());
      if (service == null) {
        errors.add(new Violation("level", "focus.error.levelUnknown"));
      } else if (service.fixedMonthly()) {
        errors.add(new Violation("level", "focus.error.levelFixed", service.name()));
      } else if (service.retired()) {
        errors.add(new Violation("level", "focus.error.levelRetired", service.name()));
      }
    }
    if (input.poolId() != null && ref.pool(input.poolId()) == null) {
      errors.add(new Violation("pool", "focus.error.poolUnknown"));
    }
  }

  /** Writes now, so a duplicate that slipped past the check above is reported, not a 500. */
  private void flush(String field, String value) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e, "focus.error.conflict", value);
    } catch (PersistenceException e) {
      throw new RuleViolationException(new Violation("value", "focus.error.duplicate", field,
          value));
    }
  }

  private static MappingView view(FocusMapping m, ReferenceData ref) {
    List<String> parts = new ArrayList<>();
    if (m.getOrgId() != null) {
      ReferenceData.Org org = ref.org(m.getOrgId());
      parts.add(org == null ? "?" : org.code() + " – " + org.name());
    }
    if (m.getLevelId() != null) {
      ReferenceData.Level level = ref.level(m.getLevelId());
      ReferenceData.Service service = level == null ? null : ref.serviceOfLevel(level.id());
      parts.add(service == null ? "?" : levelLabel(service, level));
    }
    if (m.getPoolId() != null) {
      ReferenceData.Pool pool = ref.pool(m.getPoolId());
      parts.add(pool == null ? "?" : pool.code() + " – " + pool.name());
    }
    return new MappingView(m.getId(), m.getVersion(), m.getTarget(), m.getMatchField(),
        m.getMatchValue(), m.getOrgId(), m.getLevelId(), m.getPoolId(),
        String.join(" + ", parts), m.getCostColumn());
  }

  private static String levelLabel(ReferenceData.Service s, ReferenceData.Level l) {
    return s.code() + " " + s.name() + " – " + l.name();
  }

  private ReferenceData reference() {
    try (Connection c = dataSource.getConnection()) {
      return ReferenceData.load(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read orgs, levels and pools", e);
    }
  }
}
