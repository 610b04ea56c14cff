package se.tjanstekatalog.ledger.control;

import static se.tjanstekatalog.ledger.control.LedgerPeriods.first;
import static se.tjanstekatalog.ledger.control.LedgerPeriods.month;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.tjanstekatalog.ledger.control.LedgerReads.LedgerOrg;
import se.tjanstekatalog.ledger.control.LedgerReads.MonthTotal;
import se.tjanstekatalog.ledger.control.LedgerReads.OrgAreaTotal;
import se.tjanstekatalog.ledger.control.LedgerReads.OrgMonthTotals;
import se.tjanstekatalog.ledger.control.LedgerReads.Run;
import se.tjanstekatalog.ledger.control.LedgerReads.ServiceMonthTotal;
import se.tjanstekatalog.ledger.control.LedgerReads.ServiceNames;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.shared.Amount;

/**
 * The ledger's totals over months, summed once per stored run and kept: per org and month
 * (the dashboard, the forecast), per org and area (the comparison, the annual report), month by
 * month for an org or an area (the comparison's trend, the start page), the binding model per
 * area and month, and per service and month (the dashboard's volumes).
 *
 * <p>A month's result lines are written only together with its run ({@link ResultStore}), so a
 * run, named by its month, time and fingerprint, stands for one set of lines. Each call reads
 * the runs of its months (one indexed query) and sums the lines only of months whose run it has
 * not seen: per org, area, model and binding, and per service, a few hundred sums a month.
 * Everything else is added up from those in Java, exactly as SQL's {@code SUM} would (the
 * amounts are whole öre). A month computed again, on this node or another, has a new run and
 * so a new key. The names (org, service, area, unit) are read afresh on each call, so a
 * renamed org shows at once.
 *
 * <p>Before, every dashboard and comparison request summed a year's lines two or three times:
 * 10–13 ms of the database's time each, which made the database the larger half of those pages
 * under load.
 */
@ApplicationScoped
public class LedgerTotals {
  @Inject Tenancy tenancy;

  /** An org's lines of a month in one area (0: none), model and binding, summed. */
  private record LineSum(long orgId, long areaId, FinancingModel model, boolean binding,
      BigDecimal amount) {}

  /** A service's CHARGEBACK lines of consumption and subscriptions of a month, summed. */
  private record ServiceSum(long serviceId, BigDecimal quantity, BigDecimal amount) {}

  /**
   * A run's sums, under its key, with what every call over its month would add up again: the
   * model of the binding lines per area (the last line's, as a call going through the lines
   * would find) and every org's and area's lines per model and binding, in the lines' order.
   */
  private record MonthSums(String key, YearMonth period, List<LineSum> lines,
      List<ServiceSum> services, Map<Long, FinancingModel> bindingByArea,
      Map<List<Object>, BigDecimal> totals, Map<Long, OrgSums> perOrg) {
    MonthSums(String key, YearMonth period, List<LineSum> lines, List<ServiceSum> services) {
      this(key, period, lines, services, bindingPerArea(lines), perModel(lines, l -> true),
          OrgSums.of(lines));
    }

    MonthSums withKey(String runKey) {
      return new MonthSums(runKey, period, lines, services, bindingByArea, totals, perOrg);
    }
  }

  /**
   * An org's lines of a month summed per model, all and binding only, and whether each model
   * binds any of them: what {@link #orgMonthTotals} gives per org, summed once per run (the
   * dashboard asked for them on every view, and summing them again was a few per cent of it).
   */
  private record OrgSums(Amount chargeback, Amount allocation, Amount bindingChargeback,
      Amount bindingAllocation, boolean chargebackBinding, boolean allocationBinding) {
    /** Per org, in the order of the lines. */
    static Map<Long, OrgSums> of(List<LineSum> lines) {
      Map<Long, List<LineSum>> perOrg = new LinkedHashMap<>();
      lines.forEach(l -> perOrg.computeIfAbsent(l.orgId(), id -> new ArrayList<>()).add(l));
      Map<Long, OrgSums> out = new LinkedHashMap<>();
      perOrg.forEach((orgId, own) -> out.put(orgId, new OrgSums(
          sum(own, l -> l.model() == FinancingModel.CHARGEBACK),
          sum(own, l -> l.model() == FinancingModel.ALLOCATION),
          sum(own, l -> l.binding() && l.model() == FinancingModel.CHARGEBACK),
          sum(own, l -> l.binding() && l.model() == FinancingModel.ALLOCATION),
          own.stream().anyMatch(l -> l.binding() && l.model() == FinancingModel.CHARGEBACK),
          own.stream().anyMatch(l -> l.binding() && l.model() == FinancingModel.ALLOCATION))));
      return Collections.unmodifiableMap(out);
    }
  }

  private final Cache<String, MonthSums> months = Caffeine.newBuilder()
      .maximumSize(1_200)
      .build();

  /**
   * Every org's lines summed per area, model and binding over a run of months, by the months'
   * keys: the comparison asks for the same months on every view, and merging a year's few
   * thousand sums was a sixth of its page under load.
   */
  private final Cache<List<String>, Map<LineSum, BigDecimal>> orgAreaSums = Caffeine.newBuilder()
      .maximumSize(64)
      .build();

  /** Every org's months from–to: each model's total and binding part, by month and org code. */
  public List<OrgMonthTotals> orgMonthTotals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, LedgerOrg> orgs = LedgerReads.orgsById(c);
    List<OrgMonthTotals> out = new ArrayList<>();
    for (MonthSums m : sums(c, from, to)) {
      m.perOrg().forEach((orgId, t) -> out.add(new OrgMonthTotals(orgs.get(orgId), m.period(),
          t.chargeback(), t.allocation(), t.bindingChargeback(), t.bindingAllocation(),
          t.chargebackBinding(), t.allocationBinding())));
    }
    out.sort(Comparator.comparing(OrgMonthTotals::period).thenComparing(t -> t.org().code()));
    return out;
  }

  /** Every org's lines from–to summed per area, model and binding, by org code. */
  public List<OrgAreaTotal> orgAreaTotals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, LedgerOrg> orgs = LedgerReads.orgsById(c);
    List<MonthSums> sums = sums(c, from, to);
    Map<LineSum, BigDecimal> totals = orgAreaSums.get(sums.stream().map(MonthSums::key).toList(),
        keys -> {
          Map<LineSum, BigDecimal> merged = new LinkedHashMap<>();
          for (MonthSums m : sums) {
            for (LineSum l : m.lines()) {
              merged.merge(new LineSum(l.orgId(), l.areaId(), l.model(), l.binding(), null),
                  l.amount(), BigDecimal::add);
            }
          }
          return Collections.unmodifiableMap(merged);
        });
    List<OrgAreaTotal> out = new ArrayList<>();
    totals.forEach((k, amount) -> out.add(new OrgAreaTotal(orgs.get(k.orgId()), k.areaId(),
        k.model(), k.binding(), Amount.of(amount))));
    out.sort(Comparator.comparing(t -> t.org().code()));
    return out;
  }

  /**
   * Month by month sums per model and binding, of one org (all when {@code orgId} is null) in
   * one service area (all when {@code areaId} is null); oldest first.
   */
  public List<MonthTotal> monthTotals(Connection c, Long orgId, Long areaId, YearMonth from,
      YearMonth to) throws SQLException {
    List<MonthTotal> out = new ArrayList<>();
    for (MonthSums m : sums(c, from, to)) {
      Map<List<Object>, BigDecimal> perModel = orgId == null && areaId == null ? m.totals()
          : perModel(m.lines(), l -> (orgId == null || l.orgId() == orgId)
              && (areaId == null || l.areaId() == areaId));
      perModel.forEach((k, amount) -> out.add(new MonthTotal(m.period(),
          (FinancingModel) k.get(0), (Boolean) k.get(1), Amount.of(amount))));
    }
    return out;
  }

  /** Per month and service area, the model of its binding lines (one area when given). */
  public Map<YearMonth, Map<Long, FinancingModel>> bindingModels(Connection c, Long areaId,
      YearMonth from, YearMonth to) throws SQLException {
    Map<YearMonth, Map<Long, FinancingModel>> out = new TreeMap<>();
    for (MonthSums m : sums(c, from, to)) {
      Map<Long, FinancingModel> month = new TreeMap<>(m.bindingByArea());
      if (areaId != null) {
        month.keySet().retainAll(List.of(areaId));
      }
      if (!month.isEmpty()) {
        out.put(m.period(), month);
      }
    }
    return out;
  }

  /** Per area, the model of its last binding line among {@code lines}. */
  private static Map<Long, FinancingModel> bindingPerArea(List<LineSum> lines) {
    Map<Long, FinancingModel> out = new TreeMap<>();
    for (LineSum l : lines) {
      if (l.binding()) {
        out.put(l.areaId(), l.model());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The chosen lines summed per model and binding ({@code List.of(model, binding)}). */
  private static Map<List<Object>, BigDecimal> perModel(List<LineSum> lines,
      Predicate<LineSum> which) {
    Map<List<Object>, BigDecimal> out = new LinkedHashMap<>();
    for (LineSum l : lines) {
      if (which.test(l)) {
        out.merge(List.of(l.model(), l.binding()), l.amount(), BigDecimal::add);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Per service and month, its CHARGEBACK lines of consumption and subscriptions summed: they
   * carry the volume (consumption, or a fixed service's chosen levels). By month and service id.
   */
  public List<ServiceMonthTotal> serviceMonthTotals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, ServiceNames> services = LedgerReads.servicesById(c);
    List<ServiceMonthTotal> out = new ArrayList<>();
    for (MonthSums m : sums(c, from, to)) {
      for (ServiceSum s : m.services()) {
        ServiceNames n = services.get(s.serviceId());
        out.add(new ServiceMonthTotal(m.period(), s.serviceId(), n.code(), n.name(),
            n.areaName(), n.unit(), s.quantity(), s.amount() == null ? null
                : Amount.of(s.amount())));
      }
    }
    out.sort(Comparator.comparing(ServiceMonthTotal::period)
        .thenComparing(ServiceMonthTotal::serviceId));
    return out;
  }

  private static Amount sum(List<LineSum> lines, Predicate<LineSum> which) {
    return Amount.of(lines.stream().filter(which).map(LineSum::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The sums of every stored run from–to, oldest first, reading those not seen before. */
  private List<MonthSums> sums(Connection c, YearMonth from, YearMonth to) throws SQLException {
    List<Run> runs = LedgerReads.runs(c, from, to);
    Map<YearMonth, MonthSums> found = new HashMap<>();
    List<YearMonth> missing = new ArrayList<>();
    for (Run run : runs) {
      MonthSums cached = months.getIfPresent(key(run));
      if (cached == null) {
        missing.add(run.period());
      } else {
        found.put(run.period(), cached);
      }
    }
    if (!missing.isEmpty()) {
      // One read over the missing months' range (usually consecutive months). Inside a
      // transaction it sees the lines of the runs just read; without one, a month recomputed
      // in between could be kept under its old run's key, which no later call asks for.
      Map<YearMonth, MonthSums> read = read(c, missing.get(0), missing.get(missing.size() - 1));
      for (Run run : runs) {
        if (missing.contains(run.period())) {
          MonthSums sums = read.containsKey(run.period()) ? read.get(run.period()).withKey(key(run))
              : new MonthSums(key(run), run.period(), List.of(), List.of());
          months.put(key(run), sums);
          found.put(run.period(), sums);
        }
      }
    }
    return runs.stream().map(r -> found.get(r.period())).filter(Objects::nonNull).toList();
  }

  private static Map<YearMonth, MonthSums> read(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<YearMonth, List<LineSum>> lines = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT period, org_id, area_id, model,"
        + " binding, SUM(amount) AS amount FROM result_line WHERE period BETWEEN ? AND ?"
        + " GROUP BY period, org_id, area_id, model, binding")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.computeIfAbsent(month(rs.getDate("period")), p -> new ArrayList<>())
              .add(new LineSum(rs.getLong("org_id"), rs.getLong("area_id"),
                  FinancingModel.valueOf(rs.getString("model")), rs.getBoolean("binding"),
                  rs.getBigDecimal("amount")));
        }
      }
    }
    Map<YearMonth, List<ServiceSum>> services = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.period, r.service_id,"
        + " SUM(r.quantity) AS quantity, SUM(r.amount) AS amount FROM result_line r"
        + " JOIN service s ON s.id = r.service_id JOIN service_area a ON a.id = s.area_id"
        + " WHERE r.period BETWEEN ? AND ? AND r.model = 'CHARGEBACK'"
        + " AND r.source IN ('CONSUMPTION', 'SUBSCRIPTION') GROUP BY r.period, r.service_id")) {
      ps.setDate(1, first(from));
      ps.setDate(2, first(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          services.computeIfAbsent(month(rs.getDate("period")), p -> new ArrayList<>())
              .add(new ServiceSum(rs.getLong("service_id"), rs.getBigDecimal("quantity"),
                  rs.getBigDecimal("amount")));
        }
      }
    }
    Map<YearMonth, MonthSums> out = new HashMap<>();
    for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
      out.put(p, new MonthSums(null, p, List.copyOf(lines.getOrDefault(p, List.of())),
          List.copyOf(services.getOrDefault(p, List.of()))));
    }
    return out;
  }

  private String key(Run run) {
    return tenancy.current().code() + "/" + run.period() + "/" + run.computedAt() + "/"
        + run.fingerprint();
  }
}
