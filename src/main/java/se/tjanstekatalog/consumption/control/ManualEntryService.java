package se.tjanstekatalog.consumption.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.ImportChannel;

/**
 * Manual entry of consumption for one month, orgs × levels, of one service or of a whole
 * service area. Manual consumption is kept per service (see {@link ManualGrid}): a save checks
 * every filled cell of every changed service as a file's rows are checked, then stores one
 * batch per changed service, which replaces that service's previous manual entry for the
 * month. All in this one transaction: one bad cell anywhere and nothing is saved.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class ManualEntryService {
  private static final List<String> HEADER = List.of("period", "förvaltning", "tjänst", "nivå",
      "antal");

  @Inject @TenantDatabase DataSource dataSource;

  @EJB ImportService imports;

  /** A service or an area to choose: code and name. */
  public record Choice(String code, String name) implements Serializable {}

  /** What a save did: filled cells stored, services written (stored or emptied). */
  public record Saved(int cells, int services) {}

  /** The services that take consumption (not fixed monthly, not retired). */
  public List<Choice> services() {
    return choices("SELECT code, name FROM service"
        + " WHERE unit <> 'FIXED_MONTHLY' AND lifecycle <> 'RETIRED' ORDER BY code");
  }

  /** The service areas with at least one service that takes consumption. */
  public List<Choice> areas() {
    return choices("SELECT a.code, a.name FROM service_area a WHERE EXISTS (SELECT 1 FROM"
        + " service s WHERE s.area_id = a.id AND s.unit <> 'FIXED_MONTHLY'"
        + " AND s.lifecycle <> 'RETIRED') ORDER BY a.sort_order, a.code");
  }

  /** One service's grid with what its last manual save for the month holds. */
  public ManualGrid grid(YearMonth period, String serviceCode) {
    try (Connection c = dataSource.getConnection()) {
      ReferenceData ref = ReferenceData.load(c);
      ReferenceData.Service service = ref.service(serviceCode).value();
      if (service == null) {
        throw new NotFoundException("import.problem.serviceUnknown");
      }
      return build(c, ref, period, ManualGrid.Scope.SERVICE, service.code(), service.name(),
          List.of(service));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The grid of every service of the area that takes consumption and has a level offered in
   * the month, service by service, with what each service's last manual save holds.
   */
  public ManualGrid areaGrid(YearMonth period, String areaCode) {
    try (Connection c = dataSource.getConnection()) {
      long areaId;
      String areaName;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, name FROM service_area WHERE code = ?")) {
        ps.setString(1, areaCode);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new NotFoundException("manual.areaUnknown", areaCode);
          }
          areaId = rs.getLong(1);
          areaName = rs.getString(2);
        }
      }
      ReferenceData ref = ReferenceData.load(c);
      List<ReferenceData.Service> services = ref.services().stream()
          .filter(s -> s.areaId() == areaId && !s.fixedMonthly() && !s.retired())
          .filter(s -> s.levels().stream().anyMatch(l -> l.activeIn(period)))
          .toList();
      return build(c, ref, period, ManualGrid.Scope.AREA, areaCode, areaName, services);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ManualGrid build(Connection c, ReferenceData ref, YearMonth period,
      ManualGrid.Scope scope, String code, String name, List<ReferenceData.Service> services)
      throws SQLException {
    List<ManualGrid.ServiceColumns> columns = new ArrayList<>();
    for (ReferenceData.Service s : services) {
      columns.add(new ManualGrid.ServiceColumns(s.code(), s.name(), "unit." + s.unit(),
          s.levels().stream().filter(l -> l.activeIn(period))
              .map(l -> new ManualGrid.Level(l.id(), l.code(), l.name(), s.code(), s.name()))
              .toList()));
    }
    Map<String, ManualGrid.Row> rows = new LinkedHashMap<>();
    for (ReferenceData.Org org : ref.orgs()) {
      if (org.activeIn(period)) {
        rows.put(org.code(), new ManualGrid.Row(org.code(), org.name()));
      }
    }
    if (!services.isEmpty()) {
      String sources = String.join(", ", services.stream().map(s -> "?").toList());
      try (PreparedStatement ps = c.prepareStatement("SELECT o.code, c.level_id, c.quantity"
          + " FROM " + ConsumptionRowGroups.of("ib.kind = 'CONSUMPTION' AND ib.status = 'ACTIVE'"
              + " AND ib.period_from = ? AND ib.source IN (" + sources + ")")
          + " c JOIN org_unit o ON o.id = c.org_id")) {
        Date first = Date.valueOf(period.atDay(1));
        ConsumptionRowGroups.bind(ps, 1, period, (p, i) -> {
          p.setDate(i++, first);
          for (ReferenceData.Service s : services) {
            p.setString(i++, ManualGrid.source(s.code()));
          }
          return i;
        });
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ManualGrid.Row row = rows.get(rs.getString(1));
            if (row != null) {
              row.getCells().put(rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros());
            }
          }
        }
      }
    }
    return new ManualGrid(period, scope, code, name, columns, new ArrayList<>(rows.values()));
  }

  /**
   * Saves the services of the grid whose cells were changed since it was loaded: each one's
   * filled cells become its manual consumption for the month (no filled cell: its previous
   * manual entry stops counting). Every cell of every changed service is checked first; any
   * problem and nothing is saved, the problems naming org, level and reason.
   */
  public Saved save(ManualGrid grid) {
    List<ManualGrid.ServiceColumns> changed = grid.changedServices();
    if (changed.isEmpty()) {
      return new Saved(0, 0);
    }
    if (locked(grid.getPeriod())) {
      throw new RuleViolationException(new Violation("", "import.problem.periodLocked",
          SwedishFormat.month(grid.getPeriod())));
    }
    List<ServiceCells> toSave = changed.stream().map(s -> cells(grid, s)).toList();
    Set<String> seen = new LinkedHashSet<>();
    List<Violation> problems = new ArrayList<>();
    for (ServiceCells s : toSave) {
      if (!s.rows().isEmpty()) {
        ImportReport report = imports.preview(s.rowSource(), s.source(), ImportProgress.none());
        for (Violation v : violations(report, s, grid)) {
          if (seen.add(v.message())) {
            problems.add(v);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleViolationException(problems);
    }
    int cells = 0;
    for (ServiceCells s : toSave) {
      if (s.rows().isEmpty()) {
        clear(grid.getPeriod(), s.source());
        continue;
      }
      try {
        imports.store(s.rowSource(), s.source(), ImportProgress.none());
      } catch (ImportRejected e) {
        // Checked just before; only a change made meanwhile gets here. The exception rolls
        // back whatever this save stored already.
        throw new RuleViolationException(violations(e.report(), s, grid));
      }
      cells += s.rows().size();
    }
    return new Saved(cells, toSave.size());
  }

  /** One service's filled cells as file rows, and where each row's cell is in the grid. */
  private record ServiceCells(ImportSource source, List<String[]> rows, Map<Long, String> where) {
    RowSource rowSource() {
      return RowSource.of(HEADER, rows);
    }
  }

  private static ServiceCells cells(ManualGrid grid, ManualGrid.ServiceColumns service) {
    List<String[]> rows = new ArrayList<>();
    Map<Long, String> where = new HashMap<>();
    for (ManualGrid.Row row : grid.getRows()) {
      for (ManualGrid.Level level : service.levels()) {
        BigDecimal q = row.getCells().get(level.id());
        if (q != null) {
          rows.add(new String[] {SwedishFormat.month(grid.getPeriod()), row.getOrgCode(),
              service.code(), level.code(), q.toPlainString()});
          // RowSource numbers rows as a file does: the header is row 1.
          where.put((long) rows.size() + 1, row.getOrgCode() + " / "
              + level.label(grid.getScope()));
        }
      }
    }
    ImportSource source = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.MANUAL,
        ManualGrid.source(service.code()), null, null, null, null);
    return new ServiceCells(source, rows, where);
  }

  private static List<Violation> violations(ImportReport report, ServiceCells s,
      ManualGrid grid) {
    String month = SwedishFormat.month(grid.getPeriod());
    return report.problems().stream()
        .map(p -> "import.problem.periodLocked".equals(p.key())
            ? new Violation("", p.key(), month)
            : new Violation(s.where().getOrDefault(p.row(), ""), "manual.cellProblem",
                s.where().getOrDefault(p.row(), month), p.reason()))
        .toList();
  }

  private boolean locked(YearMonth period) {
    try (Connection c = dataSource.getConnection()) {
      return ReferenceData.load(c).locked(period);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A service's cells all emptied: its previous manual entry stops counting. */
  private void clear(YearMonth period, ImportSource source) {
    try (Connection c = dataSource.getConnection()) {
      List<ImportReport.BatchRef> active = ImportBatches.active(c, ImportKind.CONSUMPTION,
          source.source(), period);
      try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET status ="
          + " 'REPLACED', version = version + 1 WHERE id = ?")) {
        for (ImportReport.BatchRef ref : active) {
          ps.setLong(1, ref.id());
          ps.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Choice> choices(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<Choice> result = new ArrayList<>();
      while (rs.next()) {
        result.add(new Choice(rs.getString(1), rs.getString(2)));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
