package se.tjanstekatalog.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every password check of the portal (login form and HTTP Basic) and every API token goes
 * through here: first the throttles (per client address, in memory; per account, in the
 * database; per unknown user name, in memory, so that a locked name looks the same whether the
 * account exists or not), then a remembered Basic check ({@link CredentialCache}), then the
 * PBKDF2 check of {@link UserIdentityStore}. A refused attempt never waits on the request
 * thread: it is answered at once with the time to come back (429 + Retry-After, or a message).
 *
 * <p>Settings (MicroProfile Config, e.g. environment {@code TK_LOGIN_LOCK_AFTER}):
 * {@code tk.login.free-failures} (3), {@code tk.login.max-delay-seconds} (60),
 * {@code tk.login.lock-after} (10), {@code tk.login.lock-minutes} (15),
 * {@code tk.login.address.free-failures} (20), {@code tk.login.address.max-delay-seconds} (30).
 */
@ApplicationScoped
public class LoginGuard {
  private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  @Inject IdentityStoreHandler identityStores;
  @Inject UserAuthStates states;
  @Inject AccountLocks locks;
  @Inject CredentialCache credentials;

  @Inject
  @ConfigProperty(name = "tk.login.free-failures", defaultValue = "3")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "tk.login.max-delay-seconds", defaultValue = "60")
  int maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "tk.login.lock-after", defaultValue = "10")
  int lockAfter;

  @Inject
  @ConfigProperty(name = "tk.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "tk.login.address.free-failures", defaultValue = "20")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "tk.login.address.max-delay-seconds", defaultValue = "30")
  int addressMaxDelaySeconds;

  Clock clock = Clock.systemUTC();
  private ThrottlePolicy accountPolicy;
  private ThrottlePolicy addressPolicy;
  private Cache<String, ThrottlePolicy.State> addresses;
  private Cache<String, ThrottlePolicy.State> unknownNames;

  /** What came of an attempt. */
  public sealed interface Outcome permits Valid, Invalid, Refused {}

  /** The credentials are right: the caller and their groups. */
  public record Valid(String name, Set<String> groups) implements Outcome {}

  /** Wrong credentials (or an unknown or deactivated user: the same to the caller). */
  public record Invalid() implements Outcome {}

  /** Not checked: too many failures; come back at {@code retryAt}. */
  public record Refused(Instant retryAt, boolean locked, long retryAfterSeconds)
      implements Outcome {}

  @PostConstruct
  void init() {
    Duration lockFor = Duration.ofMinutes(lockMinutes);
    accountPolicy = new ThrottlePolicy(freeFailures, Duration.ofSeconds(1),
        Duration.ofSeconds(maxDelaySeconds), lockAfter, lockFor,
        lockFor.compareTo(FORGET_AFTER) > 0 ? lockFor : FORGET_AFTER);
    addressPolicy = new ThrottlePolicy(addressFreeFailures, Duration.ofSeconds(1),
        Duration.ofSeconds(addressMaxDelaySeconds), 0, Duration.ZERO, FORGET_AFTER);
    // Bounded: a flood of made-up names or addresses cannot fill the heap. An entry lives as
    // long as its failures are remembered.
    addresses = Caffeine.newBuilder().expireAfterWrite(FORGET_AFTER).maximumSize(100_000).build();
    unknownNames = Caffeine.newBuilder()
        .expireAfterWrite(accountPolicy.forgetAfter().plus(lockFor)).maximumSize(100_000).build();
  }

  /**
   * Checks a user name and password from the login form ({@code remember = false}) or HTTP
   * Basic ({@code remember = true}: a success is remembered for the next calls).
   */
  public Outcome check(UsernamePasswordCredential credential, String address,
      boolean remember) {
    Instant now = clock.instant();
    String name = credential.getCaller();
    String password = credential.getPasswordAsString();
    Refused byAddress = checkAddress(address, now);
    if (byAddress != null) {
      return byAddress;
    }
    Optional<UserAuthState> account = states.get(name);
    ThrottlePolicy.State throttle = account.map(UserAuthState::throttle)
        .orElseGet(() -> unknownState(name));
    ThrottlePolicy.Decision decision = accountPolicy.check(throttle, now);
    if (!decision.allowed()) {
      addressFailed(address, now);
      if (decision.locked()) {
        return refused(decision, now);
      }
      // Too early: counts as a failure, and may be the one that locks.
      ThrottlePolicy.State after = failed(account, name, address, now);
      return refused(after.lockedAt(now) ? accountPolicy.check(after, now) : decision, now);
    }
    if (remember && account.isPresent() && account.get().active()) {
      CredentialCache.Entry hit = credentials.find(name, password);
      if (hit != null && hit.authRevision() == account.get().authRevision()) {
        return new Valid(hit.username(), hit.groups());
      }
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      Valid valid = new Valid(result.getCallerPrincipal().getName(),
          Set.copyOf(result.getCallerGroups()));
      account.ifPresent(a -> {
        if (a.throttle().failures() > 0 || a.throttle().lockedUntil() != null) {
          locks.recordSuccess(a.id());
          states.forget(name);
        }
        if (remember) {
          credentials.remember(name, password,
              new CredentialCache.Entry(valid.name(), valid.groups(), a.authRevision()));
        }
      });
      return valid;
    }
    ThrottlePolicy.State after = failed(account, name, address, now);
    addressFailed(address, now);
    if (after.lockedAt(now)) {
      return refused(accountPolicy.check(after, now), now);
    }
    return new Invalid();
  }

  /** The address throttle alone, for API tokens: a refusal, or null to go ahead. */
  public Refused checkAddress(String address, Instant now) {
    ThrottlePolicy.Decision decision = addressPolicy.check(addresses.getIfPresent(key(address)),
        now);
    if (decision.allowed()) {
      return null;
    }
    addressFailed(address, now);
    return refused(decision, now);
  }

  public Refused checkAddress(String address) {
    return checkAddress(address, clock.instant());
  }

  /** Counts a failure against the client address (a wrong token, say). */
  public void addressFailed(String address) {
    addressFailed(address, clock.instant());
  }

  private void addressFailed(String address, Instant now) {
    ThrottlePolicy.State after = addresses.asMap().compute(key(address),
        (k, s) -> addressPolicy.afterFailure(s, now));
    if (after.failures() == addressPolicy.freeFailures()) {
      LOG.warning(() -> "Client " + address + " made " + after.failures()
          + " failed login attempts; its further attempts are delayed");
    }
  }

  private ThrottlePolicy.State failed(Optional<UserAuthState> account, String name,
      String address, Instant now) {
    ThrottlePolicy.State after;
    if (account.isPresent()) {
      after = locks.recordFailure(account.get().id(), accountPolicy, now, address);
      states.forget(name);
    } else {
      after = unknownNames.asMap().compute(states.key(name),
          (k, s) -> accountPolicy.afterFailure(s, now));
    }
    if (after.lockedAt(now) && now.equals(after.lastFailureAt())) {
      String safe = LogText.safe(name);
      LOG.warning(() -> "Login for user '" + safe + "' locked until " + after.lockedUntil()
          + " after " + after.failures() + " failed attempts, the last from " + address
          + (account.isPresent() ? "" : " (no such account)"));
    }
    return after;
  }

  private ThrottlePolicy.State unknownState(String name) {
    ThrottlePolicy.State s = unknownNames.getIfPresent(states.key(name));
    return s == null ? ThrottlePolicy.State.NONE : s;
  }

  private static Refused refused(ThrottlePolicy.Decision decision, Instant now) {
    return new Refused(decision.retryAt(), decision.locked(), decision.retryAfterSeconds(now));
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }

  public ThrottlePolicy accountPolicy() {
    return accountPolicy;
  }
}
