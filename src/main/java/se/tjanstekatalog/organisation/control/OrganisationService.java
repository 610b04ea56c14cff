package se.tjanstekatalog.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgRepository;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * The org register: everyone logged in reads it, ADMIN changes it, by the form or by a
 * workbook; every change is recorded in the audit trail.
 */
@Stateless
public class OrganisationService {
  @Inject OrgRepository repository;
  @Inject AuditLog auditLog;

  /** What a workbook import did: the codes created and changed, and the rows left as they were. */
  public record WorkbookOutcome(long rows, List<String> created, List<String> changed,
      long unchanged) implements java.io.Serializable {}

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
      return create(data);
    }
    OrgUnit org = find(data.id());
    if (org.getVersion() != data.version()) {
      throw new ConflictException(new OptimisticLockException(), "org.error.conflict",
          org.getName());
    }
    change(org, data);
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e, "org.error.conflict", org.getName());
    }
    return org;
  }

  /** The register in the workbook's layout (ADMIN and IT_CONTROLLER, who set up the portal). */
  @RolesAllowed({Role.ADMIN_NAME, Role.IT_CONTROLLER_NAME})
  public byte[] workbook() {
    return OrgRegisterWorkbook.write(repository.findAll().stream().map(OrgUnit::toData)
        .toList());
  }

  /**
   * Creates the workbook's new codes and changes the orgs whose row differs from the register;
   * an org not in the workbook stays as it is. Every row is checked first: one problem and
   * nothing is saved ({@link ImportRejected} with the row report).
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public WorkbookOutcome importWorkbook(RowSource rows, String fileName) {
    OrgRegisterWorkbook.Reading reading;
    try {
      reading = OrgRegisterWorkbook.read(rows);
    } catch (IOException e) {
      ImportProblem problem = e instanceof UnreadableFile u ? u.problem()
          : UnreadableFile.generic();
      reading = new OrgRegisterWorkbook.Reading(0, List.of(), List.of(problem));
    }
    if (!reading.valid()) {
      throw new ImportRejected(reading.report(fileName));
    }
    List<String> created = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (OrgRegisterWorkbook.Line line : reading.lines()) {
      OrgUnitData data = line.data();
      var existing = repository.findByCode(data.code());
      if (existing.isEmpty()) {
        create(data);
        created.add(data.code());
      } else if (change(existing.get(), data)) {
        changed.add(data.code());
      }
    }
    repository.flush();
    long unchanged = reading.lines().size() - created.size() - changed.size();
    auditLog.record(AuditKind.IMPORT, fileName, "Organisationsregistret från " + fileName
        + ": " + created.size() + " nya, " + changed.size() + " ändrade, " + unchanged
        + " oförändrade");
    return new WorkbookOutcome(reading.rows(), created, changed, unchanged);
  }

  private OrgUnit create(OrgUnitData data) {
    OrgUnit org = new OrgUnit(data);
    repository.persist(org);
    auditLog.record(AuditKind.ORG, null, data.code(), data.code(), OrgChanges.created(data));
    return org;
  }

  /** Applies the edit and records it if it changes anything; true when it did. */
  private boolean change(OrgUnit org, OrgUnitData data) {
    List<String> changes = OrgChanges.between(org.toData(), data);
    if (changes.isEmpty()) {
      return false;
    }
    org.apply(data);
    auditLog.record(AuditKind.ORG, null, org.getCode(), org.getCode(),
        OrgChanges.changed(data, changes));
    return true;
  }
}
