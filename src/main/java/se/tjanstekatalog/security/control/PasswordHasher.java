package se.tjanstekatalog.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 through the container's {@link Pbkdf2PasswordHash}. The iteration count
 * is stored inside each hash, so raising it later only affects new and reset passwords.
 */
@ApplicationScoped
public class PasswordHasher {
  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "120000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject Pbkdf2PasswordHash hash;

  private String dummyHash;

  @PostConstruct
  void init() {
    hash.initialize(PARAMETERS);
    dummyHash = hash.generate("not-a-password".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, so unknown user names cannot be told by timing. */
  public void verifyNothing(String password) {
    hash.verify(password.toCharArray(), dummyHash);
  }
}
