package se.tjanstekatalog.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.security.entity.ApiToken;
import se.tjanstekatalog.security.entity.ApiTokenRepository;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * The feeds' API tokens: IT_CONTROLLER creates (the token is returned once and only its
 * SHA-256 is stored), lists and revokes them; {@link #authenticate} is what the
 * authentication mechanism asks on every API call that brings a bearer token.
 *
 * <p>A token is {@code tk_} and 32 random bytes in URL-safe Base64 (43 characters). A plain
 * SHA-256 suffices here, unlike for passwords: 256 random bits cannot be guessed, so there is
 * nothing for a slow hash to protect, and a fast one keeps every feed call cheap.
 */
@Stateless
public class ApiTokenService {
  private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
  static final String TOKEN_START = "tk_";
  static final int PREFIX_LENGTH = 8;
  private static final int RANDOM_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("tk_[A-Za-z0-9_-]{43}");
  /** Letters (å, ä, ö too), digits, space, dot, dash and underscore; no colon. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ApiTokenRepository tokens;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** A token just created: the stored row and the token itself, which nobody sees again. */
  public record NewToken(ApiToken token, String secret) {}

  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public List<ApiToken> all() {
    return tokens.all();
  }

  /** A new token for the feed of this name; names are unique, also among revoked tokens. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public NewToken create(String name) {
    String feed = name == null ? "" : name.strip();
    if (feed.isEmpty() || feed.length() > ApiToken.MAX_NAME || !NAME.matcher(feed).matches()) {
      throw new RuleViolationException(new Violation("name", "token.error.name",
          ApiToken.MAX_NAME));
    }
    if (tokens.nameTaken(feed)) {
      throw new RuleViolationException(new Violation("name", "token.error.nameTaken", feed));
    }
    String secret = newSecret();
    ApiToken token = new ApiToken(feed, sha256Hex(secret), secret.substring(0, PREFIX_LENGTH),
        caller.name());
    tokens.persist(token);
    LOG.info(() -> "API token '" + feed + "' (" + token.getPrefix() + "…) created by "
        + caller.name());
    audit.record(AuditKind.API_TOKEN, feed, "Ny API-nyckel för flödet " + feed + " ("
        + token.getPrefix() + "…)");
    return new NewToken(token, secret);
  }

  /** Stops the token working at once; the feed's earlier imports stay. */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public ApiToken revoke(long id, long version) {
    ApiToken token = tokens.find(id)
        .orElseThrow(() -> new NotFoundException("token.error.notFound", id));
    if (token.getVersion() != version) {
      throw new ConflictException("token.error.conflict", token.getName());
    }
    if (token.isRevoked()) {
      throw new RuleViolationException(new Violation("", "token.error.revoked",
          token.getName()));
    }
    token.revoke(caller.name());
    audit.record(AuditKind.API_TOKEN, token.getName(), "API-nyckeln för flödet "
        + token.getName() + " (" + token.getPrefix() + "…) återkallad");
    LOG.info(() -> "API token '" + token.getName() + "' (" + token.getPrefix()
        + "…) revoked by " + caller.name());
    return token;
  }

  /**
   * The feed's name if the token is one of ours and not revoked, and notes its use; empty
   * otherwise. Open to anonymous callers: the caller is not known yet when this runs.
   */
  @PermitAll
  public Optional<String> authenticate(String secret) {
    if (secret == null || !TOKEN.matcher(secret).matches()) {
      return Optional.empty();
    }
    Optional<ApiToken> token = tokens.byHash(sha256Hex(secret)).filter(t -> !t.isRevoked());
    token.ifPresent(t -> tokens.markUsed(t.getId(), Instant.now()));
    return token.map(ApiToken::getName);
  }

  static String newSecret() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** SHA-256 of the token's UTF-8 bytes, lower-case hex (64 characters). */
  static String sha256Hex(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
