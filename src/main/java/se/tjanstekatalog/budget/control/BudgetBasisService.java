package se.tjanstekatalog.budget.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.budget.domain.BudgetBasis;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.budget.domain.VersionDiff;
import se.tjanstekatalog.budget.domain.VersionDiff.Difference;
import se.tjanstekatalog.budget.control.BudgetStore.Adjustment;
import se.tjanstekatalog.budget.control.BudgetStore.FrozenLine;
import se.tjanstekatalog.budget.control.BudgetStore.PoolBudget;
import se.tjanstekatalog.budget.control.BudgetStore.Version;
import se.tjanstekatalog.ledger.control.LedgerReads;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ForbiddenException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * Budgetunderlag: reads a year's inputs ({@link BudgetInputs}), computes them with
 * {@link BudgetBasis}, keeps adjusted planned volumes and pool budgets, and publishes frozen
 * versions. Totals per org and area are for the whole of ekonomichefsgruppen, as on the
 * dashboard (every finance chief sees every org); an ORG_FINANCE adjusts only the own org's
 * volumes, IT_CONTROLLER any, ADMIN reads.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME, Role.ADMIN_NAME})
public class BudgetBasisService {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;
  public static final int COMMENT_MAX = 500;
  public static final int NAME_MAX = 200;

  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;
  @Inject AuditLog auditLog;

  /** A version with its totals, the version before it and the differences to it. */
  public record VersionView(Version version, List<AreaTotal> totals, Version previous,
      List<Difference> differences) implements Serializable {}

  /** The years to offer: the year after the latest computed month and every published year. */
  public List<Integer> years() {
    try (Connection c = dataSource.getConnection()) {
      TreeSet<Integer> years = new TreeSet<>(BudgetStore.versionYears(c));
      List<LedgerReads.StoredMonth> months = LedgerReads.storedMonths(c);
      if (!months.isEmpty()) {
        years.add(months.get(months.size() - 1).period().getYear() + 1);
      }
      return new ArrayList<>(years.descendingSet());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget years", e);
    }
  }

  /** The year's budgetunderlag as it stands now (not a version). */
  public BudgetInputs.Basis basis(int year) {
    checkYear(year);
    try (Connection c = dataSource.getConnection()) {
      return BudgetInputs.load(c, year);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budgetunderlag " + year, e);
    }
  }

  /**
   * Sets an org's planned volume of a level for the year (units for the whole year), with a
   * comment; audited.
   */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ORG_FINANCE_NAME})
  public void adjust(int year, long orgId, long levelId, BigDecimal volume, String comment) {
    checkYear(year);
    if (!caller.is(Role.IT_CONTROLLER)) {
      Long own = caller.info().getOrgId();
      if (own == null || own != orgId) {
        throw new ForbiddenException("budgetBasis.error.otherOrg");
      }
    }
    try (Connection c = dataSource.getConnection()) {
      Audited a = adjust(c, year, orgId, levelId, volume, comment, caller.name());
      auditLog.record(AuditKind.BUDGET, null, a.orgCode(), a.object(), a.summary());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the planned volume", e);
    }
  }

  /** What a step writes to the audit log: the org (or null), the object and the summary. */
  public record Audited(String orgCode, String object, String summary) {}

  /**
   * Sets a planned volume at the control level, as {@code by} (the service's step after its
   * org check; the demo's ekonomichefs): checked, stored; returns what to audit.
   */
  public static Audited adjust(Connection c, int year, long orgId, long levelId,
      BigDecimal volume, String comment, String by) throws SQLException {
    checkYear(year);
    List<Violation> errors = new ArrayList<>();
    if (volume == null) {
      errors.add(new Violation("volume", "budgetBasis.error.volume.required"));
    } else if (volume.signum() < 0 || volume.stripTrailingZeros().scale() > 4) {
      errors.add(new Violation("volume", "budgetBasis.error.volume.invalid",
          volume.toPlainString()));
    }
    String text = comment(comment, errors);
    RuleViolationException.throwIfAny(errors);
    String orgCode = code(c, "SELECT code FROM org_unit WHERE id = ?", orgId,
        "budgetBasis.orgNotFound");
    String level = code(c, "SELECT CONCAT(s.code, ' ', l.code) FROM service_level l"
        + " JOIN service s ON s.id = l.service_id WHERE l.id = ?", levelId,
        "budgetBasis.levelNotFound");
    BigDecimal stored = volume.setScale(4, java.math.RoundingMode.UNNECESSARY);
    BudgetStore.saveAdjustment(c, year, new Adjustment(orgId, levelId, stored, text, by));
    return new Audited(orgCode, "budgetunderlag " + year, "Planerad volym " + level + " för "
        + year + ": " + SwedishFormat.decimal(stored, 4) + " (" + text + ")");
  }

  /** Sets a pool's budget for the year, with a comment; audited. IT_CONTROLLER only. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public void setPoolBudget(int year, long poolId, Amount amount, String comment) {
    try (Connection c = dataSource.getConnection()) {
      Audited a = setPoolBudget(c, year, poolId, amount, comment, caller.name());
      auditLog.record(AuditKind.BUDGET, a.object(), a.summary());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save the pool budget", e);
    }
  }

  /** Sets a pool's budget at the control level, as {@code by}; returns what to audit. */
  public static Audited setPoolBudget(Connection c, int year, long poolId, Amount amount,
      String comment, String by) throws SQLException {
    checkYear(year);
    List<Violation> errors = new ArrayList<>();
    if (amount == null || amount.isNegative()) {
      errors.add(new Violation("amount", "budgetBasis.error.poolBudget"));
    }
    String text = comment(comment, errors);
    RuleViolationException.throwIfAny(errors);
    String pool = code(c, "SELECT code FROM cost_pool WHERE id = ?", poolId,
        "budgetBasis.poolNotFound");
    BudgetStore.savePoolBudget(c, year, new PoolBudget(poolId, amount, text, by));
    return new Audited(null, pool, "Poolens budget " + year + ": " + amount + " (" + text + ")");
  }

  /**
   * Publishes the year's budgetunderlag as it stands as the next version, frozen; audited.
   * Refused while the computation has an error (a key summing to zero, say).
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public Version publish(int year, String name, LocalDate on) {
    try (Connection c = dataSource.getConnection()) {
      Published p = publish(c, year, name, on, caller.name());
      auditLog.record(AuditKind.BUDGET, p.version().name(), p.summary());
      return p.version();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not publish the budgetunderlag", e);
    }
  }

  /** A version just published and its binding total. */
  public record Published(Version version, Amount binding) {
    /** The audit log's summary of the step. */
    public String summary() {
      return "Publicerad " + version.publishedOn() + ", version " + version.number()
          + ", bindande totalt " + binding;
    }
  }

  /**
   * Publishes at the control level, as {@code by} (the service's step; the demo's controller
   * with its date): the year's budgetunderlag as it stands, computed now, frozen with its
   * totals and lines as the next version.
   */
  public static Published publish(Connection c, int year, String name, LocalDate on,
      String by) throws SQLException {
    checkYear(year);
    List<Violation> errors = new ArrayList<>();
    String text = name == null ? "" : name.strip();
    if (text.isEmpty()) {
      errors.add(new Violation("name", "budgetBasis.error.name.required"));
    } else if (text.length() > NAME_MAX) {
      errors.add(new Violation("name", "budgetBasis.error.name.length", NAME_MAX));
    }
    if (on == null) {
      errors.add(new Violation("date", "budgetBasis.error.date.required"));
    }
    RuleViolationException.throwIfAny(errors);
    Result result = BudgetInputs.load(c, year).result();
    result.problems().stream().filter(p -> p.error()).findFirst().ifPresent(p -> {
      throw new RuleViolationException(new Violation("name", "budgetBasis.error.problems",
          se.tjanstekatalog.shared.Messages.sv(p.key(), p.args().toArray())));
    });
    Version v = BudgetStore.publish(c, year, text, on, by, result.totals(), result.lines());
    return new Published(v, Result.binding(result.totals()));
  }

  /** The year's versions, oldest first. */
  public List<Version> versions(int year) {
    checkYear(year);
    try (Connection c = dataSource.getConnection()) {
      return BudgetStore.versions(c, year);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget versions", e);
    }
  }

  /** A version of the year by number, with the differences to the one before. */
  public Optional<VersionView> version(int year, int number) {
    try (Connection c = dataSource.getConnection()) {
      List<Version> versions = BudgetStore.versions(c, year);
      Version found = null;
      Version previous = null;
      for (Version v : versions) {
        if (v.number() == number) {
          found = v;
          break;
        }
        previous = v;
      }
      if (found == null) {
        return Optional.empty();
      }
      List<AreaTotal> totals = BudgetStore.totals(c, found.id());
      List<Difference> differences = previous == null ? List.of()
          : VersionDiff.ofTotals(BudgetStore.totals(c, previous.id()), totals);
      return Optional.of(new VersionView(found, totals, previous, differences));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget version", e);
    }
  }

  /** A published version's frozen lines of one org (every org: null); empty without it. */
  public List<FrozenLine> versionLines(int year, int number, Long orgId) {
    try (Connection c = dataSource.getConnection()) {
      for (Version v : BudgetStore.versions(c, year)) {
        if (v.number() == number) {
          return BudgetStore.lines(c, v.id(), orgId);
        }
      }
      return List.of();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget version's lines", e);
    }
  }

  /** The comment stripped; a missing or too long one is added to {@code errors}. */
  static String comment(String comment, List<Violation> errors) {
    String text = comment == null ? "" : comment.strip();
    if (text.isEmpty()) {
      errors.add(new Violation("comment", "budgetBasis.error.comment.required"));
    } else if (text.length() > COMMENT_MAX) {
      errors.add(new Violation("comment", "budgetBasis.error.comment.length", COMMENT_MAX));
    }
    return text;
  }

  static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RuleViolationException(new Violation("year", "budgetBasis.error.year",
          String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
    }
  }

  private static String code(Connection c, String sql, long id, String notFound)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException(notFound, id);
        }
        return rs.getString(1);
      }
    }
  }
}
