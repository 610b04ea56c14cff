package se.tjanstekatalog.start.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.catalogue.control.CatalogueTasks;
import se.tjanstekatalog.forecast.domain.YearForecast;
import se.tjanstekatalog.forecast.domain.YearForecast.OrgForecast;
import se.tjanstekatalog.ledger.control.LedgerReads.StoredMonth;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.review.control.ReviewTasks;
import se.tjanstekatalog.security.control.AccountTasks;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Att göra: what is a task for each role, from the facts the capabilities read (plain Java, no
 * database). Each item says what to do (a message key and its arguments, all text) and where:
 * the portal page with its month or year, relative to the context root.
 */
public final class WorkQueue {
  /** How long a decision stays on the asker's list. */
  public static final Duration DECIDED_SHOWN = Duration.ofDays(30);

  /** A task: its kind (also the message key's last part), the message's arguments, the link. */
  public record Item(String kind, List<String> args, String href) {
    public Item {
      args = List.copyOf(args);
    }

    /** The message key of its text: {@code start.todo.<kind>}. */
    public String key() {
      return "start.todo." + kind;
    }
  }

  private WorkQueue() {}

  // ---- ORG_FINANCE

  /** The org's statements of PRELIMINARY, computed, current months it has not approved. */
  public static List<Item> awaitingApproval(List<StoredMonth> computed,
      List<ReviewTasks.OrgMonth> org) {
    List<Item> out = new ArrayList<>();
    for (ReviewTasks.OrgMonth o : org) {
      StoredMonth month = computed.stream().filter(m -> m.period().equals(o.period()))
          .findFirst().orElse(null);
      if (month != null && month.status() == PeriodStatus.PRELIMINARY && !month.stale()
          && o.hasLines() && !o.approved()) {
        out.add(new Item("approve", List.of(o.period().toString()), review(o.period())));
      }
    }
    return out;
  }

  /** Threads the user wrote in whose last message is someone else's (not of a locked month). */
  public static List<Item> answers(List<ReviewTasks.ThreadTip> threads, String user) {
    List<Item> out = new ArrayList<>();
    for (ReviewTasks.ThreadTip t : threads) {
      if (t.mine() && !Objects.equals(t.lastAuthor(), user)) {
        out.add(new Item("answer", List.of(t.label(), t.period().toString()),
            review(t.period())));
      }
    }
    return out;
  }

  /** The org's level change requests decided within {@link #DECIDED_SHOWN} of {@code now}. */
  public static List<Item> decidedRequests(List<CatalogueTasks.Request> requests, Instant now) {
    List<Item> out = new ArrayList<>();
    for (CatalogueTasks.Request r : requests) {
      if (!"PENDING".equals(r.status()) && recent(r.decidedAt(), now)) {
        out.add(new Item("decided." + r.status(), List.of(r.serviceName(), r.levelName(),
            r.effective().toString()), "catalogue/subscriptions.xhtml"));
      }
    }
    return out;
  }

  /** The user's own change proposals decided or rejected within {@link #DECIDED_SHOWN}. */
  public static List<Item> decidedProposals(List<CatalogueTasks.Proposal> proposals,
      String user, Instant now) {
    List<Item> out = new ArrayList<>();
    for (CatalogueTasks.Proposal p : proposals) {
      if (user.equals(p.createdBy()) && ("DECIDED".equals(p.status())
          || "REJECTED".equals(p.status())) && recent(p.decidedAt(), now)) {
        out.add(new Item("proposal." + p.status(), List.of(p.title()),
            "catalogue/proposals.xhtml"));
      }
    }
    return out;
  }

  // ---- IT_CONTROLLER

  /** Computed months not locked whose inputs changed since their run: recompute them. */
  public static List<Item> staleMonths(List<StoredMonth> computed) {
    List<Item> out = new ArrayList<>();
    for (StoredMonth m : computed) {
      if (m.stale() && !m.locked()) {
        out.add(new Item("stale", List.of(m.period().toString()), runs(m.period())));
      }
    }
    return out;
  }

  /** Open threads whose last message is an org's: the controller has not answered. */
  public static List<Item> unansweredComments(List<ReviewTasks.ThreadTip> threads) {
    List<Item> out = new ArrayList<>();
    for (ReviewTasks.ThreadTip t : threads) {
      if (t.open() && t.lastByOrg()) {
        out.add(new Item("unanswered", List.of(t.orgCode(), t.label(), t.period().toString()),
            review(t.period())));
      }
    }
    return out;
  }

  /** PRELIMINARY months with orgs that have neither approved nor commented. */
  public static List<Item> silentOrgs(List<ReviewTasks.Silent> months) {
    List<Item> out = new ArrayList<>();
    for (ReviewTasks.Silent s : months) {
      if (!s.orgCodes().isEmpty()) {
        out.add(new Item("silent", List.of(s.period().toString(),
            String.valueOf(s.orgCodes().size()), String.join(", ", s.orgCodes())),
            "statements/summary.xhtml?month=" + s.period()));
      }
    }
    return out;
  }

  /** REVIEWED months: ready to lock. */
  public static List<Item> readyToLock(List<StoredMonth> computed) {
    List<Item> out = new ArrayList<>();
    for (StoredMonth m : computed) {
      if (m.status() == PeriodStatus.REVIEWED) {
        out.add(new Item("lock", List.of(m.period().toString()),
            "statements/periods.xhtml?year=" + m.period().getYear()));
      }
    }
    return out;
  }

  /** Level change requests waiting for a decision. */
  public static List<Item> pendingRequests(List<CatalogueTasks.Request> requests) {
    List<Item> out = new ArrayList<>();
    for (CatalogueTasks.Request r : requests) {
      if ("PENDING".equals(r.status())) {
        out.add(new Item("request", List.of(r.orgCode(), r.serviceName(), r.levelName(),
            r.effective().toString()), "catalogue/subscriptions.xhtml"));
      }
    }
    return out;
  }

  /** Change proposals in preparation: waiting for a decision. */
  public static List<Item> waitingProposals(List<CatalogueTasks.Proposal> proposals) {
    List<Item> out = new ArrayList<>();
    for (CatalogueTasks.Proposal p : proposals) {
      if ("IN_PREPARATION".equals(p.status())) {
        out.add(new Item("proposal", List.of(p.title()), "catalogue/proposals.xhtml"));
      }
    }
    return out;
  }

  // ---- ADMIN

  /** Accounts whose login is locked now after failed attempts. */
  // ---- ADMIN and IT_CONTROLLER

  /** The setup checklist while {@code missing} of its steps are not done yet. */
  public static List<Item> setupMissing(long missing) {
    return missing > 0 ? List.of(new Item("setup", List.of(Long.toString(missing)),
        "admin/setup.xhtml")) : List.of();
  }

  public static List<Item> lockedAccounts(List<AccountTasks.Account> accounts, Instant now) {
    List<Item> out = new ArrayList<>();
    for (AccountTasks.Account a : accounts) {
      if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
        out.add(new Item("locked", List.of(a.displayName(), a.username()),
            "admin/users.xhtml"));
      }
    }
    return out;
  }

  /**
   * Active accounts whose role needs an org (VIEWER, ORG_FINANCE) without one, or whose org
   * has ended before {@code today}.
   */
  public static List<Item> withoutOrg(List<AccountTasks.Account> accounts, LocalDate today) {
    List<Item> out = new ArrayList<>();
    for (AccountTasks.Account a : accounts) {
      boolean ended = a.orgActiveTo() != null && a.orgActiveTo().isBefore(today);
      if (a.role().requiresOrg() && (a.orgId() == null || ended)) {
        out.add(new Item("noOrg", List.of(a.displayName(), a.username()),
            "admin/users.xhtml"));
      }
    }
    return out;
  }

  // ---- ORG_FINANCE (the own org) and IT_CONTROLLER (every org): the helårsprognos

  /** How far (%) the binding prognosis may exceed the budget before it is a task. */
  public static final BigDecimal OVER_BUDGET_PERCENT = YearForecast.ALERT_PERCENT;

  /**
   * Orgs whose binding prognosis exceeds their budget by more than {@link #OVER_BUDGET_PERCENT}:
   * the one org {@code orgId}, or every org when null.
   */
  public static List<Item> overBudget(YearForecast forecast, Long orgId) {
    List<Item> out = new ArrayList<>();
    for (OrgForecast o : forecast.orgs()) {
      if ((orgId == null || orgId == o.org().id()) && o.exceeds(OVER_BUDGET_PERCENT)) {
        out.add(new Item("forecastOver", List.of(o.org().code(),
            String.valueOf(forecast.year()), SwedishFormat.percent(o.deviationPercent())),
            forecast(forecast.year(), o.org().code())));
      }
    }
    return out;
  }

  /**
   * Orgs without a budget for the year: for the one org {@code orgId} an item to enter it; for
   * every org (null) one item naming them.
   */
  public static List<Item> budgetMissing(YearForecast forecast, Long orgId) {
    List<String> codes = forecast.orgs().stream().filter(o -> o.budget() == null)
        .filter(o -> orgId == null || orgId == o.org().id()).map(o -> o.org().code()).toList();
    String year = String.valueOf(forecast.year());
    if (codes.isEmpty()) {
      return List.of();
    }
    return orgId != null
        ? List.of(new Item("forecastBudget", List.of(codes.get(0), year),
            forecast(forecast.year(), codes.get(0))))
        : List.of(new Item("forecastBudgets", List.of(year, String.valueOf(codes.size()),
            String.join(", ", codes)),
            "statements/dashboard.xhtml?year=" + year + "&section=forecast#forecast"));
  }

  private static String forecast(int year, String orgCode) {
    return "statements/dashboard.xhtml?year=" + year + "&org=" + orgCode
        + "&section=forecast#forecast";
  }

  private static boolean recent(Instant decidedAt, Instant now) {
    return decidedAt != null && !decidedAt.isBefore(now.minus(DECIDED_SHOWN));
  }

  private static String review(YearMonth month) {
    return "statements/review.xhtml?month=" + month;
  }

  private static String runs(YearMonth month) {
    return "costing/runs.xhtml?year=" + month.getYear();
  }
}
