package se.tjanstekatalog.catalogue.control;

import java.io.Serializable;
import java.time.YearMonth;
import se.tjanstekatalog.catalogue.entity.Lifecycle;

/**
 * What the catalogue page asks for: free text over names and descriptions, an area, a
 * lifecycle state, whether retired services are included, and the month to show.
 */
public record CatalogueQuery(String text, String areaCode, Lifecycle lifecycle,
    boolean includeRetired, YearMonth asOf) implements Serializable {

  public static CatalogueQuery all(YearMonth asOf) {
    return new CatalogueQuery(null, null, null, false, asOf);
  }

  /** Whether a service view matches (case-insensitive, Swedish letters as they are). */
  public boolean matches(CatalogueView.ServiceView s) {
    if (areaCode != null && !areaCode.isBlank() && !areaCode.equals(s.areaCode())) {
      return false;
    }
    if (lifecycle != null && !lifecycle.name().equals(s.lifecycle())) {
      return false;
    }
    if (!includeRetired && lifecycle == null && Lifecycle.RETIRED.name().equals(s.lifecycle())) {
      return false;
    }
    if (text == null || text.isBlank()) {
      return true;
    }
    String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
    return contains(s.name(), needle) || contains(s.code(), needle)
        || contains(s.description(), needle)
        || s.levels().stream().anyMatch(l -> contains(l.name(), needle)
            || contains(l.description(), needle));
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(java.util.Locale.ROOT).contains(needle);
  }
}
