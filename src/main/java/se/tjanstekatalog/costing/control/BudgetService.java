package se.tjanstekatalog.costing.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import se.tjanstekatalog.costing.domain.BudgetTransfer;
import se.tjanstekatalog.costing.domain.BudgetTransfer.MonthState;
import se.tjanstekatalog.costing.domain.BudgetTransfer.OrgSums;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Proposal;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Reference;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.costing.domain.ModelPlan;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Budgetväxling from the stored results: which areas switch when (the model plan), which months
 * have results and whether they are locked, and the proposal for an area over a reference
 * period, summed in SQL and worked out by {@link BudgetTransfer}. Reads only. The finance
 * chiefs see every förvaltning's proposal: they agree on it together.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
public class BudgetService {
  /** The plan's first switch is found from here on. */
  private static final YearMonth EVER = YearMonth.of(1900, 1);

  @Inject @TenantDatabase DataSource dataSource;

  /** A service area and the first month it switches to solidarisk fördelning (null: never). */
  public record Area(long id, String code, String name, YearMonth switchMonth)
      implements Serializable {}

  /** Every service area in catalogue order, with its switch to solidarisk fördelning. */
  public List<Area> areas() {
    try (Connection c = dataSource.getConnection()) {
      ModelPlan plan = CostingInputs.plan(c);
      List<Area> areas = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, code, name FROM service_area ORDER BY sort_order, name");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          areas.add(new Area(id, rs.getString(2), rs.getString(3),
              plan.switchTo(id, FinancingModel.ALLOCATION, EVER).orElse(null)));
        }
      }
      return areas;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the service areas", e);
    }
  }

  /** Every month with a stored result, oldest first, with whether it is locked or stale. */
  public List<MonthState> storedMonths() {
    try (Connection c = dataSource.getConnection()) {
      return LedgerReads.storedMonths(c).stream()
          .map(m -> new MonthState(m.period(), m.locked(), m.stale())).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the stored months", e);
    }
  }

  /** The default reference for a switch month (see {@link BudgetTransfer#defaultReference}). */
  public Optional<Reference> defaultReference(YearMonth switchMonth) {
    return BudgetTransfer.defaultReference(switchMonth, storedMonths());
  }

  /**
   * The proposal for the area over the stored months of the reference, per year.
   *
   * @throws RuleViolationException when the reference is reversed or holds no stored month
   */
  public Proposal proposal(long areaId, Reference reference, BigDecimal tolerancePercent) {
    if (reference.from().isAfter(reference.to())) {
      throw new RuleViolationException(new Violation("from", "budget.referenceReversed",
          SwedishFormat.month(reference.from()), SwedishFormat.month(reference.to())));
    }
    if (tolerancePercent == null || tolerancePercent.signum() < 0) {
      throw new RuleViolationException(new Violation("tolerance", "budget.toleranceInvalid"));
    }
    List<MonthState> months = BudgetTransfer.monthsIn(reference, storedMonths());
    if (months.isEmpty()) {
      throw new RuleViolationException(new Violation("from", "budget.noMonths",
          SwedishFormat.month(reference.from()), SwedishFormat.month(reference.to())));
    }
    try (Connection c = dataSource.getConnection()) {
      requireArea(c, areaId);
      List<OrgSums> sums = orgSums(c, areaId, reference.from(), reference.to());
      LedgerReads.PoolTotals pool = LedgerReads.poolTotals(c, areaId, reference.from(),
          reference.to());
      return BudgetTransfer.propose(sums, months, pool.cost(), pool.revenue(),
          tolerancePercent);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget proposal", e);
    }
  }

  private static void requireArea(Connection c, long areaId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM service_area WHERE id = ?")) {
      ps.setLong(1, areaId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("budget.areaNotFound", areaId);
        }
      }
    }
  }

  /** Each org's lines of the area over the months: internfakturering, still billed, pool share. */
  private static List<OrgSums> orgSums(Connection c, long areaId, YearMonth from,
      YearMonth to) throws SQLException {
    Map<Long, OrgSums> sums = new LinkedHashMap<>();
    for (LedgerReads.OrgModelTotal t : LedgerReads.areaTotals(c, areaId, from, to)) {
      long orgId = t.org().id();
      Amount zero = Amount.ZERO;
      OrgSums s = sums.getOrDefault(orgId, new OrgSums(orgId, t.org().code(), t.org().name(),
          t.org().company(), zero, zero, zero));
      Amount amount = t.amount();
      if (t.model() == FinancingModel.CHARGEBACK) {
        s = new OrgSums(orgId, s.code(), s.name(), s.company(), s.chargeback().plus(amount),
            s.stillCharged(), s.poolShare());
      } else if (t.pooled()) {
        s = new OrgSums(orgId, s.code(), s.name(), s.company(), s.chargeback(),
            s.stillCharged(), s.poolShare().plus(amount));
      } else {
        s = new OrgSums(orgId, s.code(), s.name(), s.company(), s.chargeback(),
            s.stillCharged().plus(amount), s.poolShare());
      }
      sums.put(orgId, s);
    }
    return new ArrayList<>(sums.values());
  }
}
