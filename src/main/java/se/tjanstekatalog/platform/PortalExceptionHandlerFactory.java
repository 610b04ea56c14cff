package se.tjanstekatalog.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.tjanstekatalog.shared.NotFoundException;

/**
 * What a page does with an exception nobody caught, in front of PrimeFaces' handler:
 * <ul>
 *   <li>the connection pool was exhausted ({@link Overload}): 503 with {@code Retry-After}
 *       and the "busy" page ({@code /error/503.xhtml}, which needs no database); an Ajax
 *       request is sent to that page;</li>
 *   <li>a {@link NotFoundException} (a page loaded by a code or a month that does not exist,
 *       e.g. {@code catalogue/service.xhtml?code=NOPE}) is a 404 with the 404 page, logged
 *       at FINE only: anyone can ask for a code that does not exist, and that is no error of
 *       the portal's;</li>
 *   <li>in an Ajax request every other exception is logged with its stack trace and the
 *       browser is sent to the error page (the login page for an expired view). The Ajax
 *       response carries nothing but that redirect: no exception class, no message.
 *       PrimeFaces' own handler would write the root cause's class and message into the
 *       response for {@code p:ajaxExceptionHandler}.</li>
 * </ul>
 * Everything else (a full page request that fails) goes on to PrimeFaces' handler, which
 * logs it and redirects to the 500 page of {@code web.xml}.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {
  public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(PortalExceptionHandlerFactory.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null) {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          Throwable error = events.next().getContext().getException();
          if (handled(context, error)) {
            events.remove();
          }
        }
      }
      getWrapped().handle();
    }

    private static boolean handled(FacesContext context, Throwable error) {
      ExternalContext external = context.getExternalContext();
      if (external.isResponseCommitted()) {
        return false;
      }
      boolean ajax = context.getPartialViewContext().isAjaxRequest();
      NotFoundException notFound = find(error, NotFoundException.class);
      try {
        if (Overload.isPoolExhausted(error)) {
          busy(context, ajax);
          return true;
        }
        if (notFound != null) {
          LOG.fine(() -> "Not found: " + external.getRequestServletPath() + " "
              + notFound.getMessage());
          if (ajax) {
            redirect(context, "/error/404.xhtml");
          } else {
            external.responseSendError(404, null);
            context.responseComplete();
          }
          return true;
        }
        if (!ajax) {
          return false;
        }
        if (find(error, ViewExpiredException.class) != null) {
          redirect(context, "/login.xhtml?expired=true");
        } else {
          LOG.log(Level.SEVERE, "Unhandled error in an Ajax request to "
              + external.getRequestServletPath(), error);
          redirect(context, "/error/500.xhtml");
        }
        return true;
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not answer a failed request", e);
        return false;
      }
    }

    private static void busy(FacesContext context, boolean ajax) throws IOException {
      ExternalContext external = context.getExternalContext();
      LOG.warning(() -> "No database connection free: 503 for "
          + external.getRequestServletPath());
      if (ajax) {
        redirect(context, "/error/503.xhtml");
        return;
      }
      external.responseReset();
      external.setResponseHeader("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
      external.responseSendError(503, null);
      context.responseComplete();
    }

    /**
     * Sends an Ajax request's browser to {@code page}. The partial response is written by
     * hand after a reset: an exception in the render phase leaves JSF's partial response
     * writer inside an update (PrimeFaces' CSP writer then refuses to end the document), so
     * {@code ExternalContext.redirect} cannot be used there.
     */
    private static void redirect(FacesContext context, String page) throws IOException {
      ExternalContext external = context.getExternalContext();
      external.responseReset();
      external.setResponseContentType("text/xml");
      external.setResponseCharacterEncoding("UTF-8");
      external.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<partial-response><redirect url=\"" + external.getRequestContextPath() + page
          + "\"/></partial-response>");
      context.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return type.cast(t);
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }
}
