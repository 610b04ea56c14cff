package se.tjanstekatalog.shared;

/** The four roles of PRODUCT.md. The names are also the container groups and role names. */
public enum Role {
  VIEWER,
  ORG_FINANCE,
  IT_CONTROLLER,
  ADMIN;

  public static final String VIEWER_NAME = "VIEWER";
  public static final String ORG_FINANCE_NAME = "ORG_FINANCE";
  public static final String IT_CONTROLLER_NAME = "IT_CONTROLLER";
  public static final String ADMIN_NAME = "ADMIN";
  /**
   * Not a user role: the group of a caller that authenticated with a feed API token. It may
   * post consumption and nothing else.
   */
  public static final String FEED_NAME = "FEED";
  /** A feed caller's name is this and the token's name: {@code feed:Servicedesk}. */
  public static final String FEED_CALLER_PREFIX = "feed:";

  /** VIEWER and ORG_FINANCE see their own org's data and must belong to one. */
  public boolean requiresOrg() {
    return this == VIEWER || this == ORG_FINANCE;
  }

  public String messageKey() {
    return "role." + name();
  }
}
