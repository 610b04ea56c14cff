package se.tjanstekatalog.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.tenancy.Tenancy;

/**
 * Successful HTTP Basic checks, remembered for a few minutes ({@code tk.auth.basic-cache-minutes},
 * default 5; 0 turns it off) so that a feed or script calling the API does not pay a PBKDF2
 * (120 000 iterations, tens of milliseconds of CPU) on every request.
 *
 * <p>Neither the password nor a plain hash of it is kept: the key is an HMAC-SHA256 of user name
 * and password under a random key made at start and never stored, so a heap dump does not give
 * anything to test guesses against offline. An entry remembers the account's
 * {@link UserAuthState#authRevision() revision}; a change of role, org, status or password
 * raises it in the database, so the entry stops counting on every node within the
 * {@link UserAuthStates} interval, and on this node at once ({@link UserChanged}).
 */
@ApplicationScoped
public class CredentialCache {
  @Inject Tenancy tenancy;

  @Inject
  @ConfigProperty(name = "tk.auth.basic-cache-minutes", defaultValue = "5")
  int minutes;

  /** Who a remembered check proved, and at which revision of the account. */
  public record Entry(String username, Set<String> groups, long authRevision) {}

  private Cache<String, Entry> entries;
  private SecretKeySpec key;

  @PostConstruct
  void init() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
    entries = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofMinutes(Math.max(0, minutes)))
        .maximumSize(10_000)
        .build();
  }

  /** The remembered check for exactly this user name and password, if any. */
  public Entry find(String username, String password) {
    return minutes <= 0 ? null : entries.getIfPresent(mac(username, password));
  }

  public void remember(String username, String password, Entry entry) {
    if (minutes > 0) {
      entries.put(mac(username, password), entry);
    }
  }

  /** Drops every remembered check of the account (any spelling of its name). */
  public void forget(String username) {
    entries.asMap().values().removeIf(e -> e.username().equalsIgnoreCase(username));
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged change) {
    forget(change.username());
  }

  private String mac(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      // The kommun's code first: the same name and password in two kommuner are two accounts.
      byte[] name = (tenancy.current().code() + "/" + username).getBytes(StandardCharsets.UTF_8);
      // The name's length first, so that "ab"+"c" and "a"+"bc" give different keys.
      mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
      mac.update(name);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
