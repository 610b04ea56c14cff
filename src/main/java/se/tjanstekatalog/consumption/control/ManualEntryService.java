package se.tjanstekatalog.consumption.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.DataSources;
import se.tjanstekatalog.security.entity.Role;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Manual entry of one service's consumption for one month, orgs × levels. A save goes through
 * the same checks as a file (every cell) and replaces the previous manual entry of that
 * service and month, all or nothing.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class ManualEntryService {
  @Resource(lookup = DataSources.JNDI)
  DataSource dataSource;

  @EJB ImportService imports;

  /** A service that takes consumption: code and name. */
  public record ServiceChoice(String code, String name) {}

  public List<ServiceChoice> services() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT code, name FROM service"
            + " WHERE unit <> 'FIXED_MONTHLY' AND lifecycle <> 'RETIRED' ORDER BY code");
        ResultSet rs = ps.executeQuery()) {
      List<ServiceChoice> result = new ArrayList<>();
      while (rs.next()) {
        result.add(new ServiceChoice(rs.getString(1), rs.getString(2)));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The grid with what the last manual save of this service and month holds. */
  public ManualGrid grid(YearMonth period, String serviceCode) {
    try (Connection c = dataSource.getConnection()) {
      ReferenceData ref = ReferenceData.load(c);
      ReferenceData.Service service = ref.service(serviceCode).value();
      if (service == null) {
        throw new NotFoundException("import.problem.serviceUnknown");
      }
      List<ManualGrid.Level> levels = service.levels().stream()
          .filter(l -> l.activeIn(period))
          .map(l -> new ManualGrid.Level(l.id(), l.code(), l.name())).toList();
      Map<String, ManualGrid.Row> rows = new java.util.LinkedHashMap<>();
      for (ReferenceData.Org org : ref.orgs()) {
        if (org.activeIn(period)) {
          rows.put(org.code(), new ManualGrid.Row(org.code(), org.name()));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code, c.level_id, c.quantity"
          + " FROM consumption c JOIN org_unit o ON o.id = c.org_id WHERE c.period = ?"
          + " AND c.batch_id IN (SELECT id FROM import_batch WHERE kind = 'CONSUMPTION'"
          + " AND status = 'ACTIVE' AND source = ? AND period_from = ?)")) {
        Date first = Date.valueOf(period.atDay(1));
        ps.setDate(1, first);
        ps.setString(2, ManualGrid.source(service.code()));
        ps.setDate(3, first);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ManualGrid.Row row = rows.get(rs.getString(1));
            if (row != null) {
              row.getCells().put(rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros());
            }
          }
        }
      }
      return new ManualGrid(period, service.code(), service.name(), "unit." + service.unit(),
          levels, new ArrayList<>(rows.values()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves the grid's filled cells as the service's manual consumption for the month.
   *
   * @return the number of cells saved
   */
  public int save(ManualGrid grid) {
    List<String[]> cells = new ArrayList<>();
    Map<Long, String> where = new HashMap<>();
    for (ManualGrid.Row row : grid.getRows()) {
      for (ManualGrid.Level level : grid.getLevels()) {
        BigDecimal q = row.getCells().get(level.id());
        if (q != null) {
          cells.add(new String[] {SwedishFormat.month(grid.getPeriod()), row.getOrgCode(),
              grid.getServiceCode(), level.code(), q.toPlainString()});
          where.put((long) cells.size() + 1, row.getOrgCode() + " / " + level.name());
        }
      }
    }
    ImportSource source = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.MANUAL,
        ManualGrid.source(grid.getServiceCode()), null, null, null, null);
    if (cells.isEmpty()) {
      return clear(grid, source);
    }
    try {
      imports.store(RowSource.of(List.of("period", "förvaltning", "tjänst", "nivå", "antal"),
          cells), source, ImportProgress.none());
      return cells.size();
    } catch (ImportRejected e) {
      List<Violation> violations = e.report().problems().stream()
          .map(p -> new Violation(where.getOrDefault(p.row(), ""), "manual.cellProblem",
              where.getOrDefault(p.row(), SwedishFormat.month(grid.getPeriod())), p.reason()))
          .toList();
      throw new RuleViolationException(violations);
    }
  }

  /** All cells emptied: the previous manual entry stops counting. */
  private int clear(ManualGrid grid, ImportSource source) {
    try (Connection c = dataSource.getConnection()) {
      if (ReferenceData.load(c).locked(grid.getPeriod())) {
        throw new RuleViolationException(new Violation("", "import.problem.periodLocked",
            SwedishFormat.month(grid.getPeriod())));
      }
      List<ImportReport.BatchRef> active = ImportBatches.active(c, ImportKind.CONSUMPTION,
          source.source(), grid.getPeriod());
      try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET status ="
          + " 'REPLACED', version = version + 1 WHERE id = ?")) {
        for (ImportReport.BatchRef ref : active) {
          ps.setLong(1, ref.id());
          ps.executeUpdate();
        }
      }
      return 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
