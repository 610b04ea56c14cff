package se.tjanstekatalog.shared;

import java.io.Serializable;
import java.util.Locale;

/** One broken rule on one field: {@code field} names the input, {@code key} the message. */
public record Violation(String field, String key, Object... args) implements Serializable {
  public String message(Locale locale) {
    return Messages.get(locale, key, args);
  }

  public String message() {
    return message(SwedishFormat.SWEDISH);
  }
}
