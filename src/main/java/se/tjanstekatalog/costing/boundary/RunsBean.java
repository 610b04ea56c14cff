package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.costing.control.CostingService;
import se.tjanstekatalog.costing.control.MonthComputation;
import se.tjanstekatalog.costing.control.ResultQueries;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.shared.boundary.YearPager;

/**
 * Beräkna månader: a year's months with their state and stored run, compute one or all open
 * months, prove a stored month by recomputing it, and the pools' recovery for one month.
 */
@Named
@ViewScoped
public class RunsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CostingService costing;
  @Inject ResultQueries queries;

  private final YearPager years = new YearPager(this::load);
  private YearMonth selected;
  private List<ResultQueries.MonthRun> months;
  private List<ResultQueries.PoolRow> pools;
  private MonthComputation.Verification verification;

  public void load() {
    int year = years.getYear();
    months = queries.months(Year.of(year).atMonth(1), Year.of(year).atMonth(12));
    if (selected == null || selected.getYear() != year) {
      selected = months.stream().filter(ResultQueries.MonthRun::computed)
          .map(ResultQueries.MonthRun::period).reduce((a, b) -> b).orElse(null);
    }
    pools = selected == null ? List.of() : queries.pools(selected);
  }

  public void compute(YearMonth month) {
    if (Faces.attempt(() -> {
      MonthComputation.Outcome o = costing.compute(month);
      Faces.info("costing.computed", SwedishFormat.month(month),
          SwedishFormat.integer(o.result().lines().size()), o.millis());
      o.result().problems().forEach(p -> Faces.warn(p.key(), p.args().toArray()));
    })) {
      selected = month;
      verification = null;
    }
    load();
  }

  public void computeOpen() {
    Faces.attempt(() -> {
      int n = 0;
      for (ResultQueries.MonthRun m : months) {
        if (!m.locked() && (m.computed() || !m.period().isAfter(YearMonth.now()))) {
          costing.compute(m.period());
          n++;
        }
      }
      Faces.info("costing.computedAll", n, years.getYear());
    });
    load();
  }

  public void verify(YearMonth month) {
    selected = month;
    verification = costing.verify(month);
    load();
  }

  public void select(YearMonth month) {
    selected = month;
    verification = null;
    load();
  }

  public List<ResultQueries.MonthRun> getMonths() {
    if (months == null) {
      load();
    }
    return months;
  }

  public List<ResultQueries.PoolRow> getPools() {
    if (pools == null) {
      load();
    }
    return pools;
  }

  public YearPager getYears() {
    return years;
  }

  public YearMonth getSelected() {
    return selected;
  }

  public MonthComputation.Verification getVerification() {
    return verification;
  }
}
