package se.tjanstekatalog.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import se.tjanstekatalog.notification.control.Notifications;
import se.tjanstekatalog.shared.boundary.RequestMemo;

/**
 * The header's bell: the caller's unread notifications, counted once per request (the count
 * is kept in the request). Application-scoped, so a page does not make a bean and a reference
 * to the notification service for it: each such reference loads the service's class under the
 * class loader's lock, which 50 requests at once queued on (issue 16, docs/OPERATIONS.md).
 */
@Named
@ApplicationScoped
public class NotificationBell {
  private static final String UNREAD = NotificationBell.class.getName() + ".unread";

  @Inject Notifications notifications;
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  public int getUnread() {
    return RequestMemo.once(request, UNREAD, Integer.class,
        () -> security.getCallerPrincipal() == null ? 0 : notifications.unread());
  }
}
