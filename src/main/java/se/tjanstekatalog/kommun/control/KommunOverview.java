package se.tjanstekatalog.kommun.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.tjanstekatalog.kommun.domain.KommunYear;
import se.tjanstekatalog.ledger.control.LedgerPeriods;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.organisation.control.MunicipalityService;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;

/**
 * The view across the kommuner a shared IT nämnd serves: the current kommun (the nämnd's host)
 * and every kommun it serves, each read in its own database through the seam, one kommun at a
 * time and outside any transaction (docs/adr/0007-tenancy.md, decision 3), from the ledger's
 * month sums; each kommun named as its own settings name it. A kommun that serves none sees
 * only itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class KommunOverview {
  @Inject Tenancy tenancy;
  @Inject MunicipalityService municipality;
  @Inject LedgerTotals totals;
  @Inject @TenantDatabase DataSource database;

  /** The current kommun and the kommuner its IT nämnd serves, host first. */
  public List<Tenant> kommuner() {
    Tenant host = tenancy.current();
    List<Tenant> out = new ArrayList<>(List.of(host));
    out.addAll(tenancy.servedBy(host));
    return out;
  }

  /** Whether the current kommun's IT nämnd serves other kommuner (the menu shows the view). */
  public boolean hostsOthers() {
    return tenancy.servesOthers();
  }

  /** Each kommun's year, host first. */
  public List<KommunYear> year(Year year) {
    Tenant current = tenancy.current();
    List<Tenant> kommuner = kommuner();
    // The nämnd's host is the current kommun when it serves others; alone it is just itself.
    boolean hosts = kommuner.size() > 1;
    List<KommunYear> out = new ArrayList<>();
    for (Tenant k : kommuner) {
      boolean host = hosts && k.code().equals(current.code());
      out.add(tenancy.runAs(k, () -> read(k, host, year)));
    }
    return out;
  }

  private KommunYear read(Tenant k, boolean host, Year year) {
    YearMonth from = year.atMonth(1);
    YearMonth to = year.atMonth(12);
    try (Connection c = database.getConnection()) {
      List<KommunYear.ModelSum> sums = totals.monthTotals(c, null, null, from, to).stream()
          .map(t -> new KommunYear.ModelSum(t.period(), t.model(), t.binding(), t.amount()))
          .toList();
      return KommunYear.of(k.code(), municipality.name(), host, year, sums,
          LedgerPeriods.statuses(c, from, to));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the year " + year + " of " + k.code(), e);
    }
  }
}
