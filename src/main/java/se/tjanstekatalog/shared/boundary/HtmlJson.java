package se.tjanstekatalog.shared.boundary;

import jakarta.json.JsonStructure;

/**
 * JSON that is put into an HTML page (a {@code data-} attribute read by a static script). The
 * characters that can end an element, an attribute or a script ({@code <}, {@code >},
 * {@code &}, {@code '}) and the two line separators that old JavaScript parsers take for line
 * ends (U+2028, U+2029) are written as {@code \}{@code uXXXX} escapes. They can only occur
 * inside JSON strings, where the escape means the same character, so {@code JSON.parse} gives
 * back the same value; a name such as {@code </script><img src=x onerror=...>} stays text.
 */
public final class HtmlJson {
  private HtmlJson() {}

  /** The value as JSON text that is safe inside an HTML attribute or element. */
  public static String of(JsonStructure value) {
    return escape(value.toString());
  }

  /** Escapes the HTML-significant characters of JSON text (see the class comment). */
  public static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\'' -> out.append("\\u0027");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
