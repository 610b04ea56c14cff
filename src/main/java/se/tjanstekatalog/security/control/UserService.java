package se.tjanstekatalog.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.organisation.control.OrganisationService;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.security.entity.UserRepository;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/** User administration (ADMIN) and the caller's own facts. */
@Stateless
public class UserService {
  private static final Logger LOG = Logger.getLogger(UserService.class.getName());
  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
  /** An address a mail server takes: one @, no spaces, a dot in the domain. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL = 254;

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject OrganisationService organisations;
  @Inject SecurityContext security;
  @Inject Event<UserChanged> changed;
  @Inject AuditLog audit;

  /** What an admin fills in to create or change a user. */
  public record UserData(Long id, long version, String username, String displayName, Role role,
      Long orgId, boolean active, String email) {}

  /** The caller's own notification settings: the address (set by an admin) and the choice. */
  public record MailChoice(String email, boolean emailNotifications) {}

  /** Whether a user name has the form accounts are given (lower case, 2–60 characters). */
  public static boolean validUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  @PermitAll
  public Optional<CallerInfo> caller(String username) {
    return users.findByUsername(username).map(CallerInfo::of);
  }

  @PermitAll
  public void recordLogin(String username) {
    users.findByUsername(username).ifPresent(u -> u.setLastLoginAt(Instant.now()));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public List<AppUser> all() {
    return users.findAll();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public long countActive() {
    return users.countActive();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public AppUser create(UserData data, String password) {
    String username = data.username() == null ? "" : data.username().strip();
    List<Violation> errors = checkCommon(data);
    if (!USERNAME.matcher(username).matches()) {
      errors.add(new Violation("username", "user.error.username.format", username));
    } else if (users.findByUsername(username).isPresent()) {
      errors.add(new Violation("username", "user.error.username.taken", username));
    }
    checkPassword(password, errors);
    RuleViolationException.throwIfAny(errors);
    AppUser user = new AppUser(username, data.displayName().strip(), hasher.hash(password),
        data.role(), orgFor(data));
    user.setEmail(email(data));
    users.persist(user);
    audit.record(AuditKind.USER, username, "Ny användare " + username + " ("
        + user.getDisplayName() + "), roll " + Messages.sv(user.getRole().messageKey())
        + (user.getOrg() == null ? "" : ", " + user.getOrg().getCode()));
    // A failed login under this name a moment ago is remembered as "no such account".
    changed.fire(new UserChanged(username));
    return user;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public AppUser update(UserData data) {
    AppUser user = load(data.id());
    checkVersion(user, data.version());
    List<Violation> errors = checkCommon(data);
    if (!data.active() && user.getUsername().equals(callerName())) {
      errors.add(new Violation("active", "user.error.deactivateSelf"));
    }
    RuleViolationException.throwIfAny(errors);
    OrgUnit org = orgFor(data);
    boolean deactivated = user.isActive() && !data.active();
    boolean renewed = user.getRole() != data.role() || user.isActive() != data.active()
        || !Objects.equals(orgId(user.getOrg()), orgId(org));
    auditUpdate(user, data, org);
    user.setDisplayName(data.displayName().strip());
    user.setRole(data.role());
    user.setOrg(org);
    user.setActive(data.active());
    user.setEmail(email(data));
    if (deactivated) {
      user.endSessions();
    } else if (renewed) {
      user.renewCredentials();
    }
    if (deactivated || renewed) {
      changed.fire(new UserChanged(user.getUsername()));
    }
    return user;
  }

  /** The caller's address and whether they want notifications by e-mail. */
  @PermitAll
  public MailChoice mailChoice() {
    AppUser user = self();
    return new MailChoice(user.getEmail(), user.isEmailNotifications());
  }

  /** The caller switches notifications by e-mail on or off (in the portal they always are). */
  @PermitAll
  public void chooseEmailNotifications(boolean on) {
    AppUser user = self();
    user.setEmailNotifications(on);
    LOG.info(() -> "User '" + user.getUsername() + "' turned e-mail notifications "
        + (on ? "on" : "off"));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public void resetPassword(long id, String password) {
    AppUser user = load(id);
    List<Violation> errors = new ArrayList<>();
    checkPassword(password, errors);
    RuleViolationException.throwIfAny(errors);
    user.setPasswordHash(hasher.hash(password));
    audit.record(AuditKind.USER, user.getUsername(), "Nytt lösenord satt för "
        + user.getUsername());
    // Whoever knew the old password is out: remembered Basic checks and open sessions end.
    user.endSessions();
    changed.fire(new UserChanged(user.getUsername()));
  }

  /** Accounts locked now after failed logins: user id → locked until. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<Long, Instant> locked() {
    Map<Long, Instant> locked = new HashMap<>();
    users.findLocked(Instant.now()).forEach(t -> locked.put(t.getUserId(), t.getLockedUntil()));
    return locked;
  }

  /** Lifts a lock (and forgets the failures) before it runs out. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void unlock(long id) {
    AppUser user = load(id);
    users.removeThrottle(id);
    audit.record(AuditKind.USER, user.getUsername(), "Inloggningsspärr hävd för "
        + user.getUsername());
    LOG.info(() -> "Login for user '" + user.getUsername() + "' unlocked by " + callerName());
    changed.fire(new UserChanged(user.getUsername()));
  }

  private List<Violation> checkCommon(UserData data) {
    List<Violation> errors = new ArrayList<>();
    if (data.displayName() == null || data.displayName().isBlank()) {
      errors.add(new Violation("displayName", "user.error.displayName.required"));
    }
    if (data.role() == null) {
      errors.add(new Violation("role", "user.error.role.required"));
    } else if (data.role().requiresOrg() && data.orgId() == null) {
      errors.add(new Violation("org", "user.error.org.required"));
    }
    String email = email(data);
    if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
      errors.add(new Violation("email", "user.error.email", email));
    }
    return errors;
  }

  private static void checkPassword(String password, List<Violation> errors) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(new Violation("password", "user.error.password.short", MIN_PASSWORD_LENGTH));
    }
  }

  /** The address as stored: stripped, null when blank. */
  private static String email(UserData data) {
    return data.email() == null || data.email().isBlank() ? null : data.email().strip();
  }

  private AppUser self() {
    return users.findByUsername(callerName())
        .orElseThrow(() -> new NotFoundException("user.error.notFound", callerName()));
  }

  private static Long orgId(OrgUnit org) {
    return org == null ? null : org.getId();
  }

  private OrgUnit orgFor(UserData data) {
    return data.orgId() == null ? null : organisations.find(data.orgId());
  }

  private AppUser load(Long id) {
    return users.find(id).orElseThrow(() -> new NotFoundException("user.error.notFound", id));
  }

  private static void checkVersion(AppUser user, long expected) {
    if (user.getVersion() != expected) {
      throw new ConflictException(new OptimisticLockException(), "user.error.conflict",
          user.getUsername());
    }
  }

  private String callerName() {
    var principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /** A role or org change is a ROLE row; the rest of a user's change a USER row. */
  private void auditUpdate(AppUser user, UserData data, OrgUnit org) {
    String name = user.getUsername();
    if (user.getRole() != data.role() || !Objects.equals(orgId(user.getOrg()), orgId(org))) {
      audit.record(AuditKind.ROLE, name, "Roll för " + name + ": "
          + Messages.sv(user.getRole().messageKey())
          + (user.getOrg() == null ? "" : " (" + user.getOrg().getCode() + ")") + " → "
          + Messages.sv(data.role().messageKey()) + (org == null ? "" : " (" + org.getCode() + ")"));
    }
    List<String> changes = new ArrayList<>();
    if (user.isActive() != data.active()) {
      changes.add(data.active() ? "aktiverad" : "inaktiverad");
    }
    if (!Objects.equals(user.getDisplayName(), data.displayName().strip())) {
      changes.add("namn " + user.getDisplayName() + " → " + data.displayName().strip());
    }
    if (!Objects.equals(user.getEmail(), email(data))) {
      changes.add("e-post ändrad");
    }
    if (!changes.isEmpty()) {
      audit.record(AuditKind.USER, name, "Användare " + name + ": " + String.join(", ", changes));
    }
  }
}
