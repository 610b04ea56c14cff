package se.tjanstekatalog.shared.boundary;

import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * A year given as text in a REST path ({@code /api/v1/forecast/{year}}): parsed here, its
 * range checked by the service that knows it. Text that is no whole number is a rule
 * violation on the field {@code year} with the resource's own message, which names the text
 * and the range the service accepts.
 */
public final class YearParam {
  private YearParam() {}

  /**
   * The year in {@code text} (surrounding blanks ignored).
   *
   * @param messageKey the message for text that is no year; its arguments are the text, the
   *     first and the last year accepted
   * @throws RuleViolationException naming the field {@code year}
   */
  public static int parse(String text, String messageKey, int first, int last) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new RuleViolationException(new Violation("year", messageKey, text,
          String.valueOf(first), String.valueOf(last)));
    }
  }
}
