package se.tjanstekatalog.costing.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.costing.control.PlanPeriods.Area;
import se.tjanstekatalog.costing.control.PlanPeriods.Entry;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.costing.control.PlanPeriods.Range;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.costing.entity.ModelPlanEntry;
import se.tjanstekatalog.costing.entity.PlanRepository;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The model plan: everyone on the costing pages reads it, IT_CONTROLLER changes it. A change
 * is saved and every already computed, non-locked month from the changed month on is
 * recomputed in the same transaction ({@link CostingService#recomputeFrom}); if one of them
 * cannot be computed, nothing is saved. Locked months are guarded here (with the month named)
 * and by the database's triggers.
 */
@Stateless
public class ModelPlanService {
  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject PlanRepository repository;
  @Inject CostingService costing;
  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;

  /** What the plan page shows. */
  public record PlanView(List<Area> areas, List<Entry> entries, List<Period> periods,
      Range range, YearMonth latestLocked, YearMonth firstComputed) implements Serializable {}

  /** A new entry or a change, as the form sends it; {@code from} is the text typed. */
  public record PlanInput(Long areaId, String from, FinancingModel model, String note)
      implements Serializable {}

  /** What a saved change did: the area and month changed and the months recomputed. */
  public record PlanChange(String areaName, YearMonth from, FinancingModel model,
      List<YearMonth> recomputed) implements Serializable {}

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
  public PlanView view() {
    try (Connection c = dataSource.getConnection()) {
      List<Area> areas = areas(c);
      List<Entry> entries = repository.entries().stream().map(ModelPlanService::entry).toList();
      YearMonth latestLocked = latestLocked(c);
      YearMonth[] computed = computedRange(c);
      Range range = PlanPeriods.range(entries, computed[0], computed[1], YearMonth.now());
      return new PlanView(areas, entries,
          PlanPeriods.periods(areas, entries, range, latestLocked), range, latestLocked,
          computed[0]);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the model plan", e);
    }
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public PlanChange add(PlanInput input) {
    Reference ref = reference();
    String areaName = ref.areaName(input.areaId());
    PlanRules.Checked checked = PlanRules.check(null, input.areaId(), areaName, input.from(),
        input.model(), input.note(), ref.existing(), ref.latestLocked());
    RuleViolationException.throwIfAny(checked.violations());
    repository.persist(new ModelPlanEntry(input.areaId(), checked.from(), input.model(),
        note(input.note()), caller.name(), Instant.now()));
    flush(checked.from(), areaName);
    auditPlan(checked.from(), "Modellplan: " + areaName + " från " + SwedishFormat.month(checked.from())
        + " " + Messages.sv("model." + input.model().name()));
    return new PlanChange(areaName, checked.from(), input.model(), recompute(checked.from()));
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public PlanChange change(long id, long version, PlanInput input) {
    ModelPlanEntry entry = find(id);
    Reference ref = reference();
    String areaName = ref.areaName(input.areaId());
    checkVersion(entry, version, ref);
    PlanRules.Existing editing = new PlanRules.Existing(id, entry.getAreaId(),
        entry.getValidFrom());
    PlanRules.Checked checked = PlanRules.check(editing, input.areaId(), areaName,
        input.from(), input.model(), input.note(), ref.existing(), ref.latestLocked());
    RuleViolationException.throwIfAny(checked.violations());
    YearMonth earliest = entry.getValidFrom().isBefore(checked.from()) ? entry.getValidFrom()
        : checked.from();
    entry.change(input.areaId(), checked.from(), input.model(), note(input.note()),
        caller.name(), Instant.now());
    flush(checked.from(), areaName);
    auditPlan(checked.from(), "Modellplan ändrad: " + areaName + " från "
        + SwedishFormat.month(checked.from()) + " " + Messages.sv("model." + input.model().name()));
    return new PlanChange(areaName, checked.from(), input.model(), recompute(earliest));
  }

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public PlanChange remove(long id, long version) {
    ModelPlanEntry entry = find(id);
    Reference ref = reference();
    checkVersion(entry, version, ref);
    String areaName = ref.areaName(entry.getAreaId());
    YearMonth from = entry.getValidFrom();
    RuleViolationException.throwIfAny(PlanRules.checkRemove(
        new PlanRules.Existing(id, entry.getAreaId(), from), ref.latestLocked()));
    repository.remove(entry);
    flush(from, areaName);
    auditPlan(from, "Modellplan: raden för " + areaName + " från " + SwedishFormat.month(from)
        + " (" + Messages.sv("model." + entry.getModel().name()) + ") borttagen");
    return new PlanChange(areaName, from, entry.getModel(), recompute(from));
  }

  private void auditPlan(YearMonth from, String summary) {
    auditLog.record(AuditKind.MODEL_PLAN, from, null, "modellplan", summary);
  }

  private ModelPlanEntry find(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("plan.error.notFound"));
  }

  private void checkVersion(ModelPlanEntry entry, long version, Reference ref) {
    if (entry.getVersion() != version) {
      throw new ConflictException(new OptimisticLockException(), "plan.error.conflict",
          ref.areaName(entry.getAreaId()), SwedishFormat.month(entry.getValidFrom()));
    }
  }

  /**
   * Writes the change now, so the recomputation (plain JDBC on the transaction's connection)
   * reads the new plan, and maps the database's refusals to messages.
   */
  private void flush(YearMonth from, String areaName) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      context.setRollbackOnly();
      throw new ConflictException(e, "plan.error.conflict", areaName,
          SwedishFormat.month(from));
    } catch (PersistenceException e) {
      context.setRollbackOnly();
      if (LedgerPeriods.isLockGuard(e)) {
        YearMonth locked = lockedNow();
        throw new RuleViolationException(new Violation("from", "plan.error.lockedInDatabase",
            SwedishFormat.month(from), locked == null ? "?" : SwedishFormat.month(locked)));
      }
      if (String.valueOf(rootMessage(e)).contains("uq_model_plan_area_from")) {
        throw new RuleViolationException(new Violation("from", "plan.error.duplicate",
            areaName, SwedishFormat.month(from)));
      }
      throw e;
    }
  }

  /** Recomputes the computed, non-locked months from {@code from}; a failure saves nothing. */
  private List<YearMonth> recompute(YearMonth from) {
    try {
      return costing.recomputeFrom(from);
    } catch (RuleViolationException e) {
      context.setRollbackOnly();
      List<Violation> violations = new ArrayList<>();
      violations.add(new Violation("plan", "plan.error.recomputeFailed",
          SwedishFormat.month(from)));
      violations.addAll(e.violations());
      throw new RuleViolationException(violations);
    }
  }

  private Reference reference() {
    try (Connection c = dataSource.getConnection()) {
      List<PlanRules.Existing> existing = repository.entries().stream()
          .map(e -> new PlanRules.Existing(e.getId(), e.getAreaId(), e.getValidFrom()))
          .toList();
      return new Reference(areas(c), existing, latestLocked(c));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the model plan", e);
    }
  }

  /** The latest locked month, read on its own connection (after a refused write too). */
  private YearMonth lockedNow() {
    try (Connection c = dataSource.getConnection()) {
      return latestLocked(c);
    } catch (SQLException e) {
      return null;
    }
  }

  private record Reference(List<Area> areas, List<PlanRules.Existing> existing,
      YearMonth latestLocked) {
    String areaName(Long id) {
      return id == null ? null : areas.stream().filter(a -> a.id() == id).map(Area::name)
          .findFirst().orElseThrow(() -> new RuleViolationException(
              new Violation("area", "plan.error.area.unknown", id)));
    }
  }

  private static Entry entry(ModelPlanEntry e) {
    return new Entry(e.getId(), e.getVersion(), e.getAreaId(), e.getValidFrom(), e.getModel(),
        e.getNote(), e.getCreatedBy(), e.getCreatedAt());
  }

  private static String note(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  static List<Area> areas(Connection c) throws SQLException {
    List<Area> areas = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, code, name FROM service_area ORDER BY sort_order, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        areas.add(new Area(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return areas;
  }

  static YearMonth latestLocked(Connection c) throws SQLException {
    return LedgerPeriods.lastLocked(c).orElse(null);
  }

  private static YearMonth[] computedRange(Connection c) throws SQLException {
    List<LedgerReads.StoredMonth> stored = LedgerReads.storedMonths(c);
    return stored.isEmpty() ? new YearMonth[] {null, null}
        : new YearMonth[] {stored.get(0).period(), stored.get(stored.size() - 1).period()};
  }
}
