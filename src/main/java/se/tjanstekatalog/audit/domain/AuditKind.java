package se.tjanstekatalog.audit.domain;

/**
 * What kind of step an audit row records. The Swedish label is {@code audit.kind.NAME} in the
 * messages bundle; the name is stored in {@code audit_log.kind} (at most 30 characters).
 */
public enum AuditKind {
  LOGIN,
  LOGIN_FAILED,
  USER,
  ROLE,
  SSO_MAPPING,
  API_TOKEN,
  PRICE,
  PROPOSAL,
  CATALOGUE,
  MODEL_PLAN,
  POOL,
  KEY_VALUE,
  IMPORT,
  COMPUTATION,
  APPROVAL,
  LOCK,
  ADJUSTMENT,
  SIE_EXPORT;

  public String messageKey() {
    return "audit.kind." + name();
  }
}
