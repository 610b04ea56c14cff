package se.tjanstekatalog.forecast.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.ledger.control.LedgerTotals;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgInfo;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * Helårsprognos: a year's forecast per org ({@link ForecastReads}, {@link YearForecast}) and the
 * yearly IT budget per org. Like the dashboard and the budgetunderlag, every finance chief reads
 * every org (ekonomichefsgruppen reviews together); an ORG_FINANCE enters the own org's budget
 * only, IT_CONTROLLER any org's; ADMIN reads. Each entry is audited.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
public class ForecastService {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  /** The largest budget the column holds (DECIMAL(19,2)). */
  static final BigDecimal MAX_BUDGET = new BigDecimal("99999999999999999.99");

  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;
  @Inject LedgerTotals totals;

  /** Today's date in the portal; a test may set another. */
  Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

  /** The year of today's date: the year the prognosis is about. */
  public int currentYear() {
    return LocalDate.now(clock).getYear();
  }

  /** The year's forecast for every org as of today (the months before this one are outcome). */
  public YearForecast forecast(int year) {
    checkYear(year);
    try (Connection c = dataSource.getConnection()) {
      return ForecastReads.forecast(c, totals, year, YearMonth.now(clock));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the helårsprognos " + year, e);
    }
  }

  /**
   * Every org of the register by code: those a budget may be entered for, also in a year
   * nothing is computed or budgeted in yet (the budget is set before the year's first month).
   */
  public List<OrgInfo> orgs() {
    try (Connection c = dataSource.getConnection()) {
      return List.copyOf(ForecastReads.orgs(c).values());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the orgs", e);
    }
  }

  /**
   * Sets an org's yearly IT budget (kr, 0 or more, at most two decimals); audited.
   *
   * @throws ForbiddenException for a finance chief of another org
   * @throws NotFoundException for an unknown org code
   * @throws RuleViolationException naming the field {@code amount} or {@code year}
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public void setBudget(int year, String orgCode, BigDecimal amount) {
    checkYear(year);
    List<Violation> errors = new ArrayList<>();
    if (amount == null) {
      errors.add(new Violation("amount", "forecast.error.amount.required"));
    } else if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
        || amount.compareTo(MAX_BUDGET) > 0) {
      errors.add(new Violation("amount", "forecast.error.amount.invalid",
          amount.toPlainString()));
    }
    RuleViolationException.throwIfAny(errors);
    String code = orgCode == null ? "" : orgCode.strip();
    try (Connection c = dataSource.getConnection()) {
      OrgInfo org = ForecastReads.orgs(c).values().stream()
          .filter(o -> o.code().equalsIgnoreCase(code)).findFirst()
          .orElseThrow(() -> new NotFoundException("forecast.orgNotFound", code));
      if (!caller.is(Role.IT_CONTROLLER)) {
        Long own = caller.info().getOrgId();
        if (own == null || own != org.id()) {
          throw new ForbiddenException("forecast.error.otherOrg");
        }
      }
      Amount value = Amount.of(amount);
      Map<Long, ForecastReads.EnteredBudget> before = ForecastReads.budgets(c, year);
      ForecastReads.saveBudget(c, year, org.id(), value, caller.name());
      ForecastReads.EnteredBudget old = before.get(org.id());
      auditLog.record(AuditKind.FORECAST_BUDGET, null, org.code(), "IT-budget " + year,
          "IT-budget " + year + ": " + (old == null ? "" : old.amount() + " → ") + value);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the budget", e);
    }
  }

  static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolationException(new Violation("year", "forecast.error.year",
          String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
  }
}
