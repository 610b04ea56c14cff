package se.tjanstekatalog.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.organisation.entity.KeyMeasure;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgRepository;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/** Monthly key values per org: everyone reads, IT_CONTROLLER edits them a year at a time. */
@Stateless
public class KeyValueService {
  @Inject OrgRepository repository;
  @Inject AuditLog auditLog;

  @PermitAll
  public KeyValueGrid grid(Year year, KeyMeasure measure) {
    Map<Long, Map<YearMonth, OrgKeyValue>> byOrg = index(year);
    List<KeyValueGrid.Row> rows = new ArrayList<>();
    for (OrgUnit org : repository.findAll()) {
      Map<YearMonth, OrgKeyValue> values = byOrg.getOrDefault(org.getId(), Map.of());
      List<KeyValueGrid.Cell> cells = new ArrayList<>(12);
      for (int m = 1; m <= 12; m++) {
        YearMonth period = year.atMonth(m);
        OrgKeyValue kv = values.get(period);
        cells.add(kv == null ? new KeyValueGrid.Cell(period, null, -1)
            : new KeyValueGrid.Cell(period, valueOf(kv, measure), kv.getVersion()));
      }
      rows.add(new KeyValueGrid.Row(org.getId(), org.getCode(), org.getName(), cells));
    }
    return new KeyValueGrid(year, measure, rows);
  }

  /** The month's key values of every org that has them, by org code. */
  @PermitAll
  public List<OrgKeyValue> month(YearMonth period) {
    return repository.keyValuesOf(Year.from(period)).stream()
        .filter(kv -> kv.getPeriod().equals(period))
        .sorted(java.util.Comparator.comparing(kv -> kv.getOrg().getCode()))
        .toList();
  }

  @PermitAll
  public List<OrgKeyValue> history(OrgUnit org) {
    return repository.keyValuesOf(org);
  }

  /** The latest month up to now that has key values. */
  @PermitAll
  public java.util.Optional<YearMonth> latestPeriod() {
    return repository.latestPeriod(YearMonth.now());
  }

  @PermitAll
  public long totalHeadcount(YearMonth period) {
    return repository.totalHeadcount(period);
  }

  /**
   * Saves the changed cells of a grid, all or nothing. Every bad cell is reported (org, month,
   * measure, value); a cell someone else changed since the grid was loaded is a conflict.
   *
   * @return the number of cells written
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public int save(KeyValueGrid grid) {
    List<Violation> errors = new ArrayList<>();
    for (KeyValueGrid.Row row : grid.rows()) {
      for (KeyValueGrid.Cell cell : row.getCells()) {
        if (cell.isChanged()) {
          KeyValueRules.check(row.getOrgCode(), cell.getPeriod(), grid.measure(), cell.getValue())
              .ifPresent(errors::add);
        }
      }
    }
    RuleViolationException.throwIfAny(errors);

    Map<Long, Map<YearMonth, OrgKeyValue>> current = index(grid.year());
    int written = 0;
    for (KeyValueGrid.Row row : grid.rows()) {
      for (KeyValueGrid.Cell cell : row.getCells()) {
        if (!cell.isChanged()) {
          continue;
        }
        OrgKeyValue kv = current.getOrDefault(row.getOrgId(), Map.of()).get(cell.getPeriod());
        long currentVersion = kv == null ? -1 : kv.getVersion();
        if (currentVersion != cell.getVersion()) {
          throw new ConflictException(new OptimisticLockException(), "keyValue.error.conflict",
              row.getOrgCode(), SwedishFormat.month(cell.getPeriod()));
        }
        if (kv == null) {
          kv = new OrgKeyValue(repository.find(row.getOrgId()).orElseThrow(), cell.getPeriod());
          repository.persist(kv);
        }
        auditLog.record(AuditKind.KEY_VALUE, cell.getPeriod(), row.getOrgCode(),
            Messages.sv("keyValue.measure." + grid.measure().name()),
            Messages.sv("keyValue.measure." + grid.measure().name()) + " " + row.getOrgCode()
                + " " + SwedishFormat.month(cell.getPeriod()) + ": " + text(valueOf(kv, grid.measure()))
                + " → " + text(cell.getValue()));
        setValue(kv, grid.measure(), cell.getValue());
        written++;
      }
    }
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e, "keyValue.error.conflictAny");
    }
    return written;
  }

  private static String text(BigDecimal value) {
    return value == null ? "–" : SwedishFormat.decimal(value, 4);
  }

  private Map<Long, Map<YearMonth, OrgKeyValue>> index(Year year) {
    Map<Long, Map<YearMonth, OrgKeyValue>> byOrg = new HashMap<>();
    for (OrgKeyValue kv : repository.keyValuesOf(year)) {
      byOrg.computeIfAbsent(kv.getOrg().getId(), id -> new HashMap<>()).put(kv.getPeriod(), kv);
    }
    return byOrg;
  }

  static BigDecimal valueOf(OrgKeyValue kv, KeyMeasure measure) {
    return switch (measure) {
      case HEADCOUNT -> kv.getHeadcount() == null ? null : BigDecimal.valueOf(kv.getHeadcount());
      case FTE -> kv.getFte();
      case TURNOVER -> kv.getTurnover() == null ? null : kv.getTurnover().value();
    };
  }

  static void setValue(OrgKeyValue kv, KeyMeasure measure, BigDecimal value) {
    switch (measure) {
      case HEADCOUNT -> kv.setHeadcount(value == null ? null : value.intValueExact());
      case FTE -> kv.setFte(value);
      case TURNOVER -> kv.setTurnover(value == null ? null : new Amount(value));
    }
  }
}
