package se.tjanstekatalog.consumption.control;

import java.util.Locale;
import se.tjanstekatalog.consumption.entity.FocusCostColumn;
import se.tjanstekatalog.consumption.entity.FocusMappingTarget;

/**
 * One mapping from a value in a FOCUS bill to the portal, by codes, as {@link FocusImport}
 * applies it: an {@code ORG} rule names the org a SubAccountId or a tag value belongs to; a
 * {@code COST} rule sends a SkuId or ServiceName to a service level (consumption), a cost
 * pool, or both, and says which cost column its rows are read from.
 */
public record FocusRule(FocusMappingTarget target, String field, String value,
    String orgCode, String serviceCode, String levelCode, String poolCode,
    FocusCostColumn costColumn) {

  public FocusRule {
    costColumn = costColumn == null ? FocusCostColumn.EFFECTIVE : costColumn;
  }

  /** A rule reading EffectiveCost (else BilledCost), the default. */
  public FocusRule(FocusMappingTarget target, String field, String value, String orgCode,
      String serviceCode, String levelCode, String poolCode) {
    this(target, field, value, orgCode, serviceCode, levelCode, poolCode,
        FocusCostColumn.EFFECTIVE);
  }

  /** The same rule reading another cost column. */
  public FocusRule withCostColumn(FocusCostColumn column) {
    return new FocusRule(target, field, value, orgCode, serviceCode, levelCode, poolCode,
        column);
  }

  public static final String SUB_ACCOUNT_ID = "SubAccountId";
  public static final String SKU_ID = "SkuId";
  public static final String SERVICE_NAME = "ServiceName";
  /** A tag field is written {@code tag:<key>}, e.g. {@code tag:forvaltning}. */
  public static final String TAG_PREFIX = "tag:";

  public static FocusRule org(String field, String value, String orgCode) {
    return new FocusRule(FocusMappingTarget.ORG, field, value, orgCode, null, null, null);
  }

  public static FocusRule level(String field, String value, String serviceCode,
      String levelCode) {
    return new FocusRule(FocusMappingTarget.COST, field, value, null, serviceCode, levelCode,
        null);
  }

  public static FocusRule pool(String field, String value, String poolCode) {
    return new FocusRule(FocusMappingTarget.COST, field, value, null, null, null, poolCode);
  }

  /** A level and a pool: the row's quantity becomes consumption and its cost pool cost. */
  public static FocusRule levelAndPool(String field, String value, String serviceCode,
      String levelCode, String poolCode) {
    return new FocusRule(FocusMappingTarget.COST, field, value, null, serviceCode, levelCode,
        poolCode);
  }

  public boolean toLevel() {
    return levelCode != null;
  }

  public boolean toPool() {
    return poolCode != null;
  }

  /** The tag key of a {@code tag:<key>} field, or null for the other fields. */
  public String tagKey() {
    return isTag(field) ? field.substring(TAG_PREFIX.length()).strip() : null;
  }

  public static boolean isTag(String field) {
    return field != null && field.regionMatches(true, 0, TAG_PREFIX, 0, TAG_PREFIX.length());
  }

  /**
   * How values are compared: trimmed and case-insensitive, as the database's unique key on
   * (target, match_field, match_value) compares them (utf8mb4_swedish_ci).
   */
  static String key(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }
}
