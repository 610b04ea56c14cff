package se.tjanstekatalog.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.platform.tenancy.HandoffTickets;
import se.tjanstekatalog.security.domain.GroupRoles;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.security.entity.SsoGroupMapping;
import se.tjanstekatalog.security.entity.UserRepository;
import se.tjanstekatalog.shared.Role;

/**
 * The local account of a person who logged in through the identity provider (ADR 0009): found
 * by the token's issuer and subject, or created; name and e-mail from the claims, role and org
 * from the mapped groups ({@link GroupRoles}) at every login.
 */
@Stateless
@PermitAll
public class SsoAccounts {
  private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9._@-]+");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject Event<UserChanged> changed;

  /** The result of a login: the account's user name and role, or why it was refused. */
  public sealed interface Result permits Accepted, Refused {}

  public record Accepted(String username, Role role) implements Result {}

  /** {@code reason}: {@code groups}, {@code ambiguous} or {@code inactive}. */
  public record Refused(String reason, String detail) implements Result {}

  public Result login(OidcClient.Identity who) {
    List<GroupRoles.Mapping> mappings = em.createNamedQuery(SsoGroupMapping.FIND_ALL,
        SsoGroupMapping.class).getResultStream().map(SsoGroupMapping::toMapping).toList();
    GroupRoles.Outcome outcome = GroupRoles.of(who.groups(), mappings);
    String person = who.issuer() + " " + who.subject();
    if (outcome instanceof GroupRoles.NoMappedGroup) {
      return new Refused("groups", person + ": none of the groups " + who.groups()
          + " is mapped");
    }
    if (outcome instanceof GroupRoles.AmbiguousOrg ambiguous) {
      return new Refused("ambiguous", person + ": the groups " + ambiguous.groups()
          + " give " + ambiguous.role() + " for different orgs");
    }
    GroupRoles.Granted granted = (GroupRoles.Granted) outcome;
    OrgUnit org = granted.orgId() == null ? null : em.find(OrgUnit.class, granted.orgId());
    AppUser user = em.createNamedQuery(AppUser.FIND_BY_SSO, AppUser.class)
        .setParameter("issuer", who.issuer())
        .setParameter("subject", who.subject())
        .getResultStream().findFirst().orElse(null);
    if (user != null && !user.isActive()) {
      return new Refused("inactive", person + ": the account '" + user.getUsername()
          + "' is deactivated in the portal");
    }
    if (user == null) {
      user = new AppUser(freeUsername(who), displayName(who), unusablePassword(),
          granted.role(), org);
      user.linkSso(who.issuer(), who.subject());
      users.persist(user);
      String name = user.getUsername();
      LOG.info(() -> "Single sign-on created the account '" + name + "' for " + person
          + " as " + granted.role() + " (groups " + granted.groups() + ")");
    } else if (user.getRole() != granted.role()
        || !Objects.equals(orgId(user.getOrg()), granted.orgId())) {
      String name = user.getUsername();
      Role before = user.getRole();
      user.setRole(granted.role());
      user.setOrg(org);
      user.renewCredentials();
      LOG.info(() -> "Single sign-on changed '" + name + "' from " + before + " to "
          + granted.role() + " (groups " + granted.groups() + ")");
    }
    user.setDisplayName(displayName(who));
    String email = who.email();
    if (email != null && email.length() <= 254 && EMAIL.matcher(email).matches()) {
      user.setEmail(email);
    }
    user.setLastLoginAt(Instant.now());
    changed.fire(new UserChanged(user.getUsername()));
    return new Accepted(user.getUsername(), granted.role());
  }

  /** The issuer that marks an account as a shared IT nämnd's person from another kommun. */
  static String namndIssuer(String fromKommun) {
    return "kommun:" + fromKommun;
  }

  /**
   * The local account of a shared IT nämnd's controller handed over from the kommun that hosts
   * the nämnd ({@link HandoffTickets}): found by that kommun and the person's user name there,
   * or created as IT_CONTROLLER without an org and without a password; its name and e-mail
   * follow the host's account at every handover, the name marked "(IT-nämnden)" (not with the
   * host kommun's name: nothing of another kommun's is stored here). An account this kommun
   * deactivated stays refused.
   */
  public Result namndLogin(HandoffTickets.Ticket ticket) {
    String issuer = namndIssuer(ticket.fromKommun());
    String person = issuer + " " + ticket.username();
    AppUser user = em.createNamedQuery(AppUser.FIND_BY_SSO, AppUser.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", ticket.username())
        .getResultStream().findFirst().orElse(null);
    if (user != null && !user.isActive()) {
      return new Refused("inactive", person + ": the account '" + user.getUsername()
          + "' is deactivated in this kommun");
    }
    String displayName = trimmed(ticket.displayName(), 106) + " (IT-nämnden)";
    if (user == null) {
      user = new AppUser(freeUsername(ticket.username() + "." + ticket.fromKommun()),
          displayName, unusablePassword(), Role.IT_CONTROLLER, null);
      user.linkSso(issuer, ticket.username());
      users.persist(user);
      String name = user.getUsername();
      LOG.info(() -> "The shared IT nämnd's controller " + person + " got the account '" + name
          + "' as " + Role.IT_CONTROLLER);
    } else if (user.getRole() != Role.IT_CONTROLLER) {
      // Nothing but the controller's role ever crosses; a role changed here is put back.
      user.setRole(Role.IT_CONTROLLER);
      user.setOrg(null);
      user.renewCredentials();
    }
    user.setDisplayName(displayName);
    String email = ticket.email();
    if (email != null && email.length() <= 254 && EMAIL.matcher(email).matches()) {
      user.setEmail(email);
    }
    user.setLastLoginAt(Instant.now());
    changed.fire(new UserChanged(user.getUsername()));
    return new Accepted(user.getUsername(), Role.IT_CONTROLLER);
  }

  /**
   * A readable user name from the claims (preferred_username, e-mail, or subject), never one an
   * account already has: a local account named like the person is not taken over.
   */
  private String freeUsername(OidcClient.Identity who) {
    return freeUsername(who.preferredUsername() != null ? who.preferredUsername()
        : who.email() != null ? who.email() : "sso-" + who.subject());
  }

  private String freeUsername(String wanted) {
    String base = NOT_NAME.matcher(wanted.toLowerCase(Locale.ROOT)).replaceAll("-");
    base = base.length() > 52 ? base.substring(0, 52) : base;
    if (base.isEmpty()) {
      base = "sso";
    }
    String name = base;
    for (int n = 2; users.findByUsername(name).isPresent(); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private static String displayName(OidcClient.Identity who) {
    return trimmed(who.name() != null ? who.name()
        : who.preferredUsername() != null ? who.preferredUsername() : who.subject(), 120);
  }

  private static String trimmed(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }

  /** A hash of a random secret nobody ever sees: the account has no password login. */
  private String unusablePassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return hasher.hash(Base64.getEncoder().encodeToString(secret));
  }

  private static Long orgId(OrgUnit org) {
    return org == null ? null : org.getId();
  }
}
