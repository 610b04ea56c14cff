package se.tjanstekatalog.ledger.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.tjanstekatalog.ledger.control.LedgerReads.LedgerOrg;
import se.tjanstekatalog.ledger.control.LedgerReads.OrgMonthTotals;
import se.tjanstekatalog.ledger.control.LedgerReads.Run;
import se.tjanstekatalog.ledger.control.LedgerReads.ServiceMonthTotal;
import se.tjanstekatalog.ledger.control.LedgerReads.ServiceNames;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/**
 * The ledger's month totals per org ({@link LedgerReads#orgMonthTotals}) and per service
 * ({@link LedgerReads#serviceMonthTotals}), summed once per stored run and kept.
 *
 * <p>A month's result lines are written only together with its run ({@link ResultStore}), so a
 * run, named by its month, time and fingerprint, stands for one set of lines: its totals stay
 * true until the month is computed again, on this node or another, which gives it a new run
 * and so a new key. Each call reads the runs of its months (one indexed query) and sums the
 * lines only of months whose run it has not seen. The names (org, service, area, unit) are
 * read afresh on each call, so a renamed org shows at once.
 *
 * <p>Summing a year's lines twice took about 26 ms of the database's time on every dashboard
 * request, the database's larger share of that page under load.
 */
@ApplicationScoped
public class LedgerTotals {
  @Inject Tenancy tenancy;

  private record MonthTotals(List<OrgMonthTotals> orgs, List<ServiceMonthTotal> services) {}

  private final Cache<String, MonthTotals> months = Caffeine.newBuilder()
      .maximumSize(1_200)
      .build();

  /** As {@link LedgerReads#orgMonthTotals}: in month and org code order. */
  public List<OrgMonthTotals> orgMonthTotals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, LedgerOrg> orgs = LedgerReads.orgsById(c);
    List<OrgMonthTotals> out = new ArrayList<>();
    for (MonthTotals m : totals(c, from, to)) {
      for (OrgMonthTotals t : m.orgs()) {
        LedgerOrg org = orgs.getOrDefault(t.org().id(), t.org());
        out.add(new OrgMonthTotals(org, t.period(), t.chargeback(), t.allocation(),
            t.bindingChargeback(), t.bindingAllocation(), t.chargebackBinding(),
            t.allocationBinding()));
      }
    }
    out.sort(Comparator.comparing(OrgMonthTotals::period)
        .thenComparing(t -> t.org().code()));
    return out;
  }

  /** As {@link LedgerReads#serviceMonthTotals}: in month and service id order. */
  public List<ServiceMonthTotal> serviceMonthTotals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    Map<Long, ServiceNames> services = LedgerReads.servicesById(c);
    List<ServiceMonthTotal> out = new ArrayList<>();
    for (MonthTotals m : totals(c, from, to)) {
      for (ServiceMonthTotal t : m.services()) {
        ServiceNames n = services.getOrDefault(t.serviceId(),
            new ServiceNames(t.code(), t.name(), t.areaName(), t.unit()));
        out.add(new ServiceMonthTotal(t.period(), t.serviceId(), n.code(), n.name(),
            n.areaName(), n.unit(), t.quantity(), t.amount()));
      }
    }
    out.sort(Comparator.comparing(ServiceMonthTotal::period)
        .thenComparing(ServiceMonthTotal::serviceId));
    return out;
  }

  /** The totals of every stored run from–to, summing the lines of runs not seen before. */
  private List<MonthTotals> totals(Connection c, YearMonth from, YearMonth to)
      throws SQLException {
    List<Run> runs = LedgerReads.runs(c, from, to);
    Map<YearMonth, String> keys = runs.stream().collect(Collectors.toMap(Run::period,
        this::key));
    Map<YearMonth, MonthTotals> found = new HashMap<>();
    List<YearMonth> missing = new ArrayList<>();
    for (Run run : runs) {
      MonthTotals cached = months.getIfPresent(keys.get(run.period()));
      if (cached == null) {
        missing.add(run.period());
      } else {
        found.put(run.period(), cached);
      }
    }
    if (!missing.isEmpty()) {
      // One read over the missing months' range (a few consecutive months, usually). Inside a
      // transaction it sees the lines of the runs just read; without one, a month recomputed
      // in between could be kept under its old run's key, which no later call asks for.
      YearMonth first = missing.get(0);
      YearMonth last = missing.get(missing.size() - 1);
      Map<YearMonth, List<OrgMonthTotals>> orgs = LedgerReads.orgMonthTotals(c, first, last)
          .stream().collect(Collectors.groupingBy(OrgMonthTotals::period));
      Map<YearMonth, List<ServiceMonthTotal>> services =
          LedgerReads.serviceMonthTotals(c, first, last).stream()
              .collect(Collectors.groupingBy(ServiceMonthTotal::period));
      for (YearMonth period : missing) {
        MonthTotals read = new MonthTotals(List.copyOf(orgs.getOrDefault(period, List.of())),
            List.copyOf(services.getOrDefault(period, List.of())));
        months.put(keys.get(period), read);
        found.put(period, read);
      }
    }
    return runs.stream().map(Run::period).map(found::get).toList();
  }

  private String key(Run run) {
    return tenancy.municipalityId() + "/" + run.period() + "/" + run.computedAt() + "/"
        + run.fingerprint();
  }
}
