package se.tjanstekatalog.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message keys against the UI bundle ({@code messages_sv.properties}, English base
 * as fallback), so the JSF pages, the REST problem responses and exceptions speak the same
 * words.
 */
public final class Messages {
  public static final String BUNDLE = "se.tjanstekatalog.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      if (args.length == 0) {
        return pattern;
      }
      Object[] resolved = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        resolved[i] = args[i] instanceof MessageRef ref ? get(locale, ref.key()) : args[i];
      }
      return new MessageFormat(pattern, locale).format(resolved);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String sv(String key, Object... args) {
    return get(SwedishFormat.SWEDISH, key, args);
  }
}
