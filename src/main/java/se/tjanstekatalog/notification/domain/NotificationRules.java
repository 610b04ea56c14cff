package se.tjanstekatalog.notification.domain;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.tjanstekatalog.shared.Role;

/**
 * Who is told what, as plain values: every rule takes the active users and returns one
 * {@link Notice} per user to tell, with the message keys and arguments of its text, the page
 * to act on (from the context root) and the address to mail it to, if any.
 *
 * <ul>
 *   <li>A month becomes PRELIMINARY: every ORG_FINANCE of an org with lines in it (review it).
 *   <li>A month is LOCKED: the same people, with a link to their org's statement.
 *   <li>A comment is answered: the thread's author, unless the author wrote the answer.
 *   <li>Every org has approved: the IT controllers (the month can be reviewed).
 *   <li>An approval was withdrawn: the ORG_FINANCE users of that org (approve again).
 * </ul>
 *
 * A notice is mailed when mail is configured, the user has an address and has not switched
 * e-mail off; in the portal it is always shown.
 */
public final class NotificationRules {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private NotificationRules() {}

  /** What happened. */
  public enum Kind { PRELIMINARY, LOCKED, ANSWERED, ALL_APPROVED, WITHDRAWN }

  /** An active user as the rules see them. */
  public record Person(long id, String username, String displayName, Role role, Long orgId,
      String email, boolean emailOn) {}

  /**
   * One notification to one user: {@code subjectKey} and {@code bodyKey} are bundle keys, both
   * formatted with {@code args}; {@code mailTo} null when it is not mailed.
   */
  public record Notice(long userId, String displayName, Kind kind, String subjectKey,
      String bodyKey, List<Object> args, String link, String mailTo) {}

  /** The month became PRELIMINARY: the orgs with lines ({@code id → code}) review it. */
  public static List<Notice> preliminary(YearMonth month, Map<Long, String> orgs,
      Collection<Person> people, boolean mail) {
    List<Notice> out = new ArrayList<>();
    for (Person p : chiefs(people, orgs.keySet())) {
      out.add(notice(p, Kind.PRELIMINARY, List.of(monthName(month)), review(month), mail));
    }
    return out;
  }

  /** The month was LOCKED: each chief gets a link to the org's statement. */
  public static List<Notice> locked(YearMonth month, Map<Long, String> orgs,
      Collection<Person> people, boolean mail) {
    List<Notice> out = new ArrayList<>();
    for (Person p : chiefs(people, orgs.keySet())) {
      out.add(notice(p, Kind.LOCKED, List.of(monthName(month)),
          "/statements/statement.xhtml?month=" + month + "&org=" + orgs.get(p.orgId()), mail));
    }
    return out;
  }

  /** {@code by} answered the thread {@code author} started on {@code lineLabel}. */
  public static List<Notice> answered(YearMonth month, String lineLabel, String author,
      String by, Collection<Person> people, boolean mail) {
    List<Notice> out = new ArrayList<>();
    if (author == null || author.equals(by)) {
      return out;
    }
    String answerer = people.stream().filter(p -> p.username().equals(by))
        .map(Person::displayName).findFirst().orElse(by);
    for (Person p : people) {
      if (p.username().equals(author)) {
        out.add(notice(p, Kind.ANSWERED, List.of(monthName(month), lineLabel, answerer),
            review(month), mail));
      }
    }
    return out;
  }

  /** Every org with lines approved the month: the controllers can review it. */
  public static List<Notice> allApproved(YearMonth month, int orgs, int openComments,
      Collection<Person> people, boolean mail) {
    List<Notice> out = new ArrayList<>();
    for (Person p : people) {
      if (p.role() == Role.IT_CONTROLLER) {
        out.add(notice(p, Kind.ALL_APPROVED, List.of(monthName(month), orgs, openComments),
            "/statements/periods.xhtml?year=" + month.getYear(), mail));
      }
    }
    return out;
  }

  /** The org's approval of the month was withdrawn: its chiefs approve again. */
  public static List<Notice> withdrawn(YearMonth month, long orgId, Collection<Person> people,
      boolean mail) {
    List<Notice> out = new ArrayList<>();
    for (Person p : chiefs(people, List.of(orgId))) {
      out.add(notice(p, Kind.WITHDRAWN, List.of(monthName(month)), review(month), mail));
    }
    return out;
  }

  /** "januari 2038": the month as a sentence names it. */
  public static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " "
        + month.getYear();
  }

  private static List<Person> chiefs(Collection<Person> people, Collection<Long> orgs) {
    return people.stream().filter(p -> p.role() == Role.ORG_FINANCE && p.orgId() != null
        && orgs.contains(p.orgId())).toList();
  }

  private static String review(YearMonth month) {
    return "/statements/review.xhtml?month=" + month;
  }

  private static Notice notice(Person p, Kind kind, List<Object> args, String link,
      boolean mail) {
    String key = "notification." + switch (kind) {
      case PRELIMINARY -> "preliminary";
      case LOCKED -> "locked";
      case ANSWERED -> "answered";
      case ALL_APPROVED -> "allApproved";
      case WITHDRAWN -> "withdrawn";
    };
    boolean mailed = mail && p.emailOn() && p.email() != null && !p.email().isBlank();
    return new Notice(p.id(), p.displayName(), kind, key + ".subject", key + ".body", args,
        link, mailed ? p.email() : null);
  }
}
