package se.tjanstekatalog.security.control;

import jakarta.servlet.http.HttpSession;

/** Remembers the page an anonymous user asked for, to go there after logging in. */
public final class LoginRedirect {
  static final String SESSION_KEY = LoginRedirect.class.getName();

  private LoginRedirect() {}

  /** The remembered local path, or the start page. Never an absolute URL (no open redirect). */
  public static String take(HttpSession session) {
    Object target = session == null ? null : session.getAttribute(SESSION_KEY);
    if (session != null) {
      session.removeAttribute(SESSION_KEY);
    }
    if (target instanceof String path && path.startsWith("/") && !path.startsWith("//")
        && !path.startsWith("/login.xhtml")) {
      return path;
    }
    return "/index.xhtml";
  }
}
