package se.tjanstekatalog.statement.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.tjanstekatalog.ledger.control.InputChanges.Staleness;
import se.tjanstekatalog.ledger.control.MonthNotices;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;
import se.tjanstekatalog.statement.control.StatementQueries;
import se.tjanstekatalog.statement.control.StatementService;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * Månadsbesked of one org and month ({@code ?month=2026-11&org=GSF}); without a month the
 * one waiting for review (the latest preliminary), else the latest computed one; without an
 * org the caller's own (or the first for IT_CONTROLLER and ADMIN, who get an org picker). One
 * service call per load; access is checked in the service.
 *
 * <p>The page is a view without state ({@code stateless} in statement.xhtml): it has no form of
 * its own (the month and org pickers are a GET form), so nothing is kept in the session and
 * this bean lives for one request: less work per page and less in the session (OPERATIONS,
 * "Pages without state").
 */
@Named
@RequestScoped
public class StatementBean {
  @Inject StatementService service;
  @Inject CurrentCaller caller;
  @Inject MonthNotices notices;

  private String month;
  private String org;
  private Statement statement;
  private Staleness staleness;
  private List<YearMonth> months;
  private List<StatementQueries.OrgChoice> orgs;
  private boolean seesAll;

  public void load() {
    seesAll = caller.seesAllOrgs();
    months = service.computedMonths();
    YearMonth m = parse(month);
    if (m == null) {
      if (month != null && !month.isBlank()) {
        Faces.show(new se.tjanstekatalog.shared.RuleViolationException(
            new se.tjanstekatalog.shared.Violation("month", "error.month", month)));
        return;
      }
      if (months.isEmpty()) {
        Faces.warn("statement.noMonths");
        return;
      }
      // The month waiting for review (latest preliminary), else the latest computed.
      m = notices.monthToReview().filter(months::contains).orElse(months.get(0));
    }
    month = SwedishFormat.month(m);
    YearMonth chosen = m;
    if (seesAll) {
      orgs = List.of();
      Faces.attempt(() -> orgs = service.orgsWithStatements(chosen));
    }
    if (org == null || org.isBlank()) {
      if (caller.info().hasOrg()) {
        org = caller.info().getOrgCode();
      } else if (orgs != null && !orgs.isEmpty()) {
        org = orgs.get(0).orgCode();
      }
    }
    if (org != null) {
      String code = org.strip();
      Faces.attempt(() -> statement = service.statement(chosen, code));
    }
    if (statement != null) {
      staleness = notices.staleness(chosen).orElse(null);
    }
  }

  private static YearMonth parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public Statement getStatement() {
    return statement;
  }

  /** Null when the month's figures are those of its inputs. */
  public Staleness getStaleness() {
    return staleness;
  }

  public List<YearMonth> getMonths() {
    return months == null ? List.of() : months;
  }

  public List<StatementQueries.OrgChoice> getOrgs() {
    return orgs == null ? List.of() : orgs;
  }

  public boolean isSeesAll() {
    return seesAll;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  /** The API path of this statement's exports, without the extension. */
  public String getExportBase() {
    return statement == null ? "" : "/api/v1/periods/" + month + "/statements/"
        + statement.orgCode();
  }

  public String monthLabel(YearMonth m) {
    return SwedishFormat.month(m);
  }
}
