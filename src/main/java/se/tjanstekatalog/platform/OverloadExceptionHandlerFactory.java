package se.tjanstekatalog.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Pages: a request that found the connection pool exhausted gets 503 with {@code Retry-After}
 * and the "busy" page ({@code /error/503.xhtml}, which needs no database), where PrimeFaces'
 * handler would redirect to the 500 page. An Ajax request is sent to the busy page. Every
 * other exception goes on to the wrapped handler (PrimeFaces'), as before.
 */
public class OverloadExceptionHandlerFactory extends ExceptionHandlerFactory {
  private static final Logger LOG =
      Logger.getLogger(OverloadExceptionHandlerFactory.class.getName());

  public OverloadExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      boolean overloaded = false;
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        if (Overload.isPoolExhausted(events.next().getContext().getException())) {
          events.remove();
          overloaded = true;
        }
      }
      if (overloaded) {
        busy(FacesContext.getCurrentInstance());
      }
      getWrapped().handle();
    }

    private static void busy(FacesContext context) {
      ExternalContext external = context.getExternalContext();
      LOG.warning(() -> "No database connection free: 503 for " + external.getRequestServletPath());
      try {
        if (context.getPartialViewContext().isAjaxRequest()) {
          external.redirect(external.getRequestContextPath() + "/error/503.xhtml");
        } else if (!external.isResponseCommitted()) {
          external.responseReset();
          external.setResponseHeader("Retry-After", String.valueOf(Overload.RETRY_AFTER_SECONDS));
          external.responseSendError(503, null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}
