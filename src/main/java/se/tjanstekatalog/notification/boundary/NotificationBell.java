package se.tjanstekatalog.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import se.tjanstekatalog.notification.control.Notifications;

/** The header's bell: the caller's unread notifications, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {
  @Inject Notifications notifications;
  @Inject SecurityContext security;

  private Integer unread;

  public int getUnread() {
    if (unread == null) {
      unread = security.getCallerPrincipal() == null ? 0 : notifications.unread();
    }
    return unread;
  }
}
