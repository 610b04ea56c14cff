package se.tjanstekatalog.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Build facts filtered into {@code tk-version.properties} by Maven. */
public final class AppInfo {
  private static final Properties PROPS = load();

  private AppInfo() {}

  private static Properties load() {
    Properties props = new Properties();
    try (InputStream in = AppInfo.class.getResourceAsStream("/tk-version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  public static String version() {
    return PROPS.getProperty("version", "dev");
  }
}
