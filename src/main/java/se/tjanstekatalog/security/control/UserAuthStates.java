package se.tjanstekatalog.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.security.entity.LoginThrottle;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.security.entity.UserRepository;

/**
 * The {@link UserAuthState} of each account that is logging in or calling, remembered for a
 * few seconds ({@code tk.auth.state-seconds}, default 2) so that a session or an HTTP Basic
 * call costs at most one small query per user and interval. On this node a change is seen at
 * once ({@link UserChanged} drops the entry after commit); on another node within the
 * interval, because the revisions and the lock live in the database.
 */
@ApplicationScoped
public class UserAuthStates {
  @Inject UserRepository users;
  @Inject Tenancy tenancy;

  @Inject
  @ConfigProperty(name = "tk.auth.state-seconds", defaultValue = "2")
  int stateSeconds;

  private Cache<String, Optional<UserAuthState>> states;

  @PostConstruct
  void init() {
    states = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofSeconds(Math.max(0, stateSeconds)))
        .maximumSize(20_000)
        .build();
  }

  /** The account's state, or empty if no account has this name. */
  public Optional<UserAuthState> get(String username) {
    if (username == null || username.isEmpty() || username.length() > 200) {
      return Optional.empty();
    }
    return states.get(key(username), k -> load(username));
  }

  /** Forget what this node remembers of the account (after a write by this node). */
  public void forget(String username) {
    states.invalidate(key(username));
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged change) {
    forget(change.username());
  }

  private Optional<UserAuthState> load(String username) {
    return users.findAuthState(username).map(row -> {
      LoginThrottle t = (LoginThrottle) row[6];
      ThrottlePolicy.State throttle = t == null ? ThrottlePolicy.State.NONE
          : new ThrottlePolicy.State(t.getFailures(), t.getLastFailureAt(), t.getLockedUntil());
      Role role = row[2] instanceof Role r ? r : Role.valueOf(String.valueOf(row[2]));
      return new UserAuthState(((Number) row[0]).longValue(), (String) row[1], role,
          (Boolean) row[3], ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
          throttle);
    });
  }

  /** An account's key on this node: its kommun and its name in any spelling. */
  String key(String username) {
    return tenancy.current().code() + "/" + username.toLowerCase(Locale.ROOT);
  }
}
