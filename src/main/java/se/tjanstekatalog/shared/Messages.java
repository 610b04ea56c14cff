package se.tjanstekatalog.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message keys against the UI bundle, so the JSF pages, the REST problem responses,
 * exceptions and the exports speak the same words. Swedish is {@code messages_sv.properties};
 * English is the base bundle {@code messages.properties}, which is also the fallback for a key
 * Swedish lacks. A language is looked up without the JVM's default locale as a fallback (on a
 * Swedish server {@code en} would otherwise find {@code messages_sv}); a key the asked language
 * lacks is taken from Swedish before the key itself is returned.
 */
public final class Messages {
  public static final String BUNDLE = "se.tjanstekatalog.messages";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    try {
      String pattern = pattern(locale, key);
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

  private static String pattern(Locale locale, String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE).getString(key);
    } catch (MissingResourceException e) {
      if (SwedishFormat.SWEDISH.getLanguage().equals(locale.getLanguage())) {
        throw e;
      }
      return ResourceBundle.getBundle(BUNDLE, SwedishFormat.SWEDISH, NO_DEFAULT_LOCALE)
          .getString(key);
    }
  }

  public static String sv(String key, Object... args) {
    return get(SwedishFormat.SWEDISH, key, args);
  }
}
