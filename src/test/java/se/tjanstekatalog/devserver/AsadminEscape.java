package se.tjanstekatalog.devserver;

/**
 * Escapes a value for an asadmin {@code --property name=value:name=value} list. The post-boot
 * file reads values with {@code ${ENV=...}}, which Payara substitutes as plain text before
 * asadmin splits the list, so a JDBC URL's colons must arrive already escaped.
 */
public final class AsadminEscape {
  private AsadminEscape() {}

  /**
   * The data source's {@code --property} list. With a password: url, user and password. Without
   * one (the embedded server, a local root): the user goes into the URL, because asadmin
   * rejects {@code password=} and Payara refuses a pool user without a password.
   */
  public static String poolProperties(String url, String user, String password) {
    if (password == null || password.isEmpty()) {
      String withUser = url + (url.contains("?") ? "&" : "?") + "user=" + user;
      return "url=" + property(withUser);
    }
    return "url=" + property(url) + ":user=" + property(user) + ":password=" + property(password);
  }

  public static String property(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == ':' || c == '=') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
