package se.tjanstekatalog.shared.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.TkException;
import se.tjanstekatalog.shared.Violation;

/** Turns service outcomes into messages on the page, in the viewer's language. */
public final class Faces {
  private Faces() {}

  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static String text(String key, Object... args) {
    return Messages.get(locale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void warn(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_WARN, text(key, args));
  }

  public static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * Shows a failed service call: every rule violation as its own message (each names the field
   * and the reason), anything else of ours as one message; marks the request as failed so
   * dialogs stay open. Errors that are not ours propagate to the error page.
   */
  public static void show(RuntimeException e) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.validationFailed();
    if (e instanceof RuleViolationException rv) {
      for (Violation v : rv.violations()) {
        add(null, FacesMessage.SEVERITY_ERROR, v.message(locale()));
      }
    } else if (e instanceof TkException tk) {
      add(null, FacesMessage.SEVERITY_ERROR, tk.localizedMessage(locale()));
    } else if (e instanceof EJBAccessException) {
      add(null, FacesMessage.SEVERITY_ERROR, text("error.forbidden"));
    } else {
      throw e;
    }
  }

  /**
   * Runs one service call of an action: our exceptions and access denials become messages on
   * the page (see {@link #show}); anything else goes to the error page.
   *
   * @return whether the call succeeded
   */
  public static boolean attempt(Runnable call) {
    try {
      call.run();
      return true;
    } catch (TkException | EJBAccessException e) {
      show(e);
      return false;
    }
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId,
        new FacesMessage(severity, text, null));
  }
}
