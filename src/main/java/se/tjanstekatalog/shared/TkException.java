package se.tjanstekatalog.shared;

import java.util.Locale;

/**
 * Base of the portal's exceptions: a message key into the UI bundle and its arguments, so the
 * same failure reads in Swedish on a page and in a REST problem response.
 */
public class TkException extends RuntimeException {
  private final String key;
  private final transient Object[] args;

  public TkException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args;
  }

  public TkException(Throwable cause, String key, Object... args) {
    super(key, cause);
    this.key = key;
    this.args = args;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public String localizedMessage(Locale locale) {
    return Messages.get(locale, key, args);
  }

  @Override
  public String getLocalizedMessage() {
    return localizedMessage(SwedishFormat.SWEDISH);
  }
}
