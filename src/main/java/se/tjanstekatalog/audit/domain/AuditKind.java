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
  SIE_EXPORT,
  ANNUAL_REPORT,
  /** The org register: an org created or changed by the form or a workbook (issue 17). */
  ORG,
  /** The municipality's settings: its name and logo. */
  SETTINGS,
  /** The budgetunderlag: a planned volume adjusted, a pool budget set, a version published. */
  BUDGET,
  /** The helårsprognos: an org's yearly IT budget entered. */
  FORECAST_BUDGET,
  /** The utvecklingsplan: the plan, an initiative, a quarter's status, a cost, a benefit. */
  DEVELOPMENT_PLAN;

  public String messageKey() {
    return "audit.kind." + name();
  }
}
