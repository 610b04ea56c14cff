package se.tjanstekatalog.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.control.PriceBook.Scope;
import se.tjanstekatalog.consumption.control.ConsumptionImport;
import se.tjanstekatalog.shared.imports.ImportChannel;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.consumption.control.PoolCostImport;
import se.tjanstekatalog.consumption.control.ReferenceData;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.platform.Bootstrap;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Twelve months of 2026 consumption and pool costs for the demo municipality, after the
 * catalogue and key values are in (a later observer, its own transaction). Written through
 * the same importers as a file, one batch per month: per-user rows for workplaces (one row
 * per person, as a device inventory would report them), one row per org and level for the
 * other chosen levels, hours for a few orgs, storage in GB. Pool costs follow the value of
 * each area's consumption at cost with some noise. Seeded, so every demo is the same.
 */
@ApplicationScoped
public class DemoConsumption {
  private static final Logger LOG = Logger.getLogger(DemoConsumption.class.getName());
  static final Year YEAR = DemoDataLoader.DEMO_YEAR;

  @Inject @TenantDatabase DataSource dataSource;
  @Resource ManagedExecutorService worker;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  @Transactional
  void onSchemaReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000)
      Bootstrap.SchemaReady ready) {
    if (!demo) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (count(c, "SELECT COUNT(*) FROM import_batch") > 0
          || count(c, "SELECT COUNT(*) FROM org_unit") == 0) {
        return;
      }
      long t0 = System.nanoTime();
      long rows = load(c, ready.home() ? BigDecimal.ONE : DemoOrganisations.ekbyShare());
      LOG.info(() -> "Demo consumption loaded: " + rows + " rows in "
          + (System.nanoTime() - t0) / 1_000_000 + " ms");
    } catch (SQLException | IOException | ImportRejected e) {
      throw new IllegalStateException("Could not load the demo consumption", e);
    }
  }

  /**
   * @param fixedShare the share of the pools' fixed monthly costs (staff, premises) this
   *     kommun carries: all of them for Sjöstad, Ekby's size relative to Sjöstad's for Ekby
   */
  long load(Connection c, BigDecimal fixedShare) throws SQLException, IOException {
    ReferenceData ref = ReferenceData.load(c);
    long rows = 0;
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YEAR.atMonth(m);
      List<String[]> lines = consumption(c, month);
      ImportSource source = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.FEED,
          "Demo: tjänstesystemet", null, null, "demo", null);
      rows += new ConsumptionImport(ref, worker).store(RowSource.of(List.of("period", "förvaltning",
          "tjänst", "nivå", "antal", "referens"), lines), source, c, x -> {}).rows();
      ImportSource pools = new ImportSource(ImportKind.POOL_COST, ImportChannel.FILE,
          "Demo: ekonomisystemet", "poolkostnader-" + SwedishFormat.month(month) + ".csv", null,
          "demo", null);
      new PoolCostImport(ref).store(RowSource.of(List.of("period", "pool", "belopp", "kommentar"),
          poolCosts(c, month, fixedShare)), pools, c, x -> {});
    }
    return rows;
  }

  /** Rows for one month from the orgs' chosen levels and headcounts. */
  private List<String[]> consumption(Connection c, YearMonth month) throws SQLException {
    String period = SwedishFormat.month(month);
    Map<String, Integer> headcount = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code, k.headcount FROM"
        + " org_key_value k JOIN org_unit o ON o.id = k.org_id WHERE k.period = ?")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          headcount.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    List<String[]> lines = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT o.code, s.code, l.code, s.unit"
        + " FROM subscription sub JOIN org_unit o ON o.id = sub.org_id"
        + " JOIN service s ON s.id = sub.service_id JOIN service_level l ON l.id = sub.level_id"
        + " WHERE sub.valid_from <= ? AND (sub.valid_to IS NULL OR sub.valid_to >= ?)"
        + " AND s.unit <> 'FIXED_MONTHLY' AND s.lifecycle <> 'RETIRED' AND l.active_from <= ?"
        + " AND (l.active_to IS NULL OR l.active_to >= ?) ORDER BY o.code, s.code")) {
      Date first = Date.valueOf(month.atDay(1));
      for (int i = 1; i <= 4; i++) {
        ps.setDate(i, first);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String org = rs.getString(1);
          String service = rs.getString(2);
          String level = rs.getString(3);
          int people = headcount.getOrDefault(org, 50);
          SplittableRandom random = new SplittableRandom((org + service + period).hashCode());
          if (service.equals("ARB-DATOR")) {
            // One row per workplace from the device inventory, for the smaller orgs; the
            // large ones report one total, as their own systems do.
            int users = (int) Math.round(people * 0.92);
            if (people <= 800) {
              for (int u = 1; u <= users; u++) {
                lines.add(new String[] {period, org, service, level, "1",
                    org.toLowerCase() + "-dator-" + u});
              }
            } else {
              lines.add(new String[] {period, org, service, level, Integer.toString(users), ""});
            }
          } else {
            double ratio = switch (rs.getString(4)) {
              case "PER_USER" -> 0.75 + random.nextDouble() * 0.25;
              case "PER_DEVICE" -> 0.15 + random.nextDouble() * 0.2;
              case "PER_LICENCE" -> 0.3 + random.nextDouble() * 0.3;
              default -> 0.1;
            };
            lines.add(new String[] {period, org, service, level,
                Long.toString(Math.max(1, Math.round(people * ratio))), ""});
          }
        }
      }
    }
    // Storage and backup in GB, support and development hours for some orgs.
    for (Map.Entry<String, Integer> e : headcount.entrySet()) {
      String org = e.getKey();
      SplittableRandom random = new SplittableRandom((org + period).hashCode());
      int people = e.getValue();
      lines.add(new String[] {period, org, "INF-LAGR", "STD",
          decimal(people * (8 + random.nextDouble() * 6)), ""});
      lines.add(new String[] {period, org, "INF-BACKUP", "BAS",
          decimal(people * (3 + random.nextDouble() * 3)), ""});
      if (random.nextInt(3) == 0) {
        lines.add(new String[] {period, org, "SUP-INST", "STD",
            decimal(4 + random.nextDouble() * 30), ""});
      }
      if (people > 1000 && random.nextInt(2) == 0) {
        lines.add(new String[] {period, org, "DIG-UTV", "STD",
            decimal(20 + random.nextDouble() * 120), ""});
      }
    }
    return lines;
  }

  /** Each pool's cost: its area's consumption value at cost, ±5 %, plus fixed costs. */
  private List<String[]> poolCosts(Connection c, YearMonth month, BigDecimal fixedShare)
      throws SQLException {
    List<String[]> lines = new ArrayList<>();
    String period = SwedishFormat.month(month);
    // The month's quantity per level in one pass over its rows, then valued at cost.
    try (PreparedStatement ps = c.prepareStatement("SELECT p.code, COALESCE(SUM(ROUND("
        + "q.quantity * l.cost_price, 2)), 0) FROM cost_pool p"
        + " LEFT JOIN service s ON s.area_id = p.area_id"
        + " LEFT JOIN service_level sl ON sl.service_id = s.id"
        + " LEFT JOIN (SELECT level_id, SUM(quantity) AS quantity FROM consumption_row"
        + " WHERE period = ? GROUP BY level_id) q ON q.level_id = sl.id"
        + " LEFT JOIN (" + PriceBook.table(Scope.ALL) + ") l ON l.level_id = sl.id"
        + " WHERE p.active GROUP BY p.code ORDER BY p.code")) {
      ps.setDate(1, Date.valueOf(month.atDay(1)));
      PriceBook.bind(ps, 2, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SplittableRandom random = new SplittableRandom((rs.getString(1) + period).hashCode());
          BigDecimal base = rs.getBigDecimal(2);
          BigDecimal noise = BigDecimal.valueOf(0.95 + random.nextDouble() * 0.10);
          BigDecimal running = base.multiply(noise).setScale(2, RoundingMode.HALF_UP);
          BigDecimal fixed = BigDecimal.valueOf(150_000 + random.nextInt(250_000));
          if (fixedShare.compareTo(BigDecimal.ONE) != 0) {
            fixed = fixed.multiply(fixedShare).setScale(0, RoundingMode.HALF_UP);
          }
          lines.add(new String[] {period, rs.getString(1), running.toPlainString(),
              "Drift och licenser"});
          lines.add(new String[] {period, rs.getString(1), fixed.toPlainString(),
              "Personal och lokaler"});
        }
      }
    }
    return lines;
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The one number a query gives; the demo loaders' emptiness checks. */
  static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
