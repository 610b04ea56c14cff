package se.tjanstekatalog.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A feed's API token for {@code POST /api/v1/consumption}. Only the SHA-256 of the token is
 * kept (the token itself is shown once, when it is created); the prefix lets people tell
 * tokens apart. The name is the feed's name and the import source of what it sends. A
 * revoked token stays, so the list shows who revoked it and when.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.FIND_ALL,
    query = "SELECT t FROM ApiToken t ORDER BY t.revokedAt, t.name")
@NamedQuery(name = ApiToken.FIND_BY_HASH,
    query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.COUNT_BY_NAME,
    query = "SELECT COUNT(t) FROM ApiToken t WHERE t.name = :name")
@NamedQuery(name = ApiToken.MARK_USED,
    query = "UPDATE ApiToken t SET t.lastUsedAt = :at WHERE t.id = :id")
public class ApiToken implements Serializable {
  public static final String FIND_ALL = "ApiToken.findAll";
  public static final String FIND_BY_HASH = "ApiToken.findByHash";
  public static final String COUNT_BY_NAME = "ApiToken.countByName";
  public static final String MARK_USED = "ApiToken.markUsed";
  public static final int MAX_NAME = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, unique = true, length = MAX_NAME)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "prefix", nullable = false, length = 12)
  private String prefix;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "revoked_by", length = 60)
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** Written with {@link #MARK_USED}, which leaves the version alone: use is not an edit. */
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ApiToken() {}

  public ApiToken(String name, String tokenHash, String prefix, String createdBy) {
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.createdBy = createdBy;
  }

  public void revoke(String by) {
    revokedBy = by;
    revokedAt = Instant.now();
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public String getPrefix() {
    return prefix;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public long getVersion() {
    return version;
  }
}
