package se.tjanstekatalog.testsupport;

import java.util.List;

/**
 * Stored cross-site scripting payloads for free-text fields: one that ends a script element
 * and adds an element with a handler, one that ends an attribute, one that ends a JavaScript
 * string, and U+2028 (a line end to old JavaScript parsers). Each fits a name column.
 */
public final class XssPayloads {
  public static final String SCRIPT_END = "</script><img src=x onerror=alert(1)>";
  public static final String ATTRIBUTE_END = "\"><svg onload=alert(1)>";
  public static final String STRING_END = "'-alert(1)-'";
  public static final String LINE_SEPARATOR = "\u2028";

  public static final List<String> ALL =
      List.of(SCRIPT_END, ATTRIBUTE_END, STRING_END, LINE_SEPARATOR);

  private XssPayloads() {}

  /**
   * All payloads in one name (77 characters) after a readable prefix; U+2028 in the middle,
   * where no trimming of the name removes it.
   */
  public static String name(String prefix) {
    return prefix + " " + SCRIPT_END + LINE_SEPARATOR + ATTRIBUTE_END + STRING_END;
  }

  /** Whether HTML holds an element the payloads would inject, i.e. escaping failed. */
  public static boolean injected(String html) {
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("<img src=x") || lower.contains("<svg onload");
  }
}
