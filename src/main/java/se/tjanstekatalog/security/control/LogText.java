package se.tjanstekatalog.security.control;

/** Text from a request, made safe for one log line: no line breaks, not too long. */
final class LogText {
  private LogText() {}

  static String safe(String text) {
    String s = text == null ? "?" : text.replaceAll("[\\p{Cntrl}]", "_");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
