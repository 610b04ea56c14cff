package se.tjanstekatalog.notification.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.tjanstekatalog.notification.control.NotificationStore.Stored;
import se.tjanstekatalog.notification.control.Notifications;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.security.control.UserService.MailChoice;
import se.tjanstekatalog.shared.boundary.Faces;

/** The notifications page: the caller's notifications (mark read) and the e-mail choice. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {
  @Inject Notifications notifications;
  @Inject UserService users;

  private List<Stored> list;
  private String email;
  private boolean emailOn;
  private boolean mailConfigured;

  public void load() {
    list = notifications.mine();
    MailChoice choice = users.mailChoice();
    email = choice.email();
    emailOn = choice.emailNotifications();
    mailConfigured = notifications.mailConfigured();
  }

  public void markRead(long id) {
    if (Faces.attempt(() -> notifications.markRead(id))) {
      list = notifications.mine();
    }
  }

  public void markAllRead() {
    if (Faces.attempt(() -> notifications.markRead(null))) {
      Faces.info("notification.allRead");
      list = notifications.mine();
    }
  }

  public void saveEmailChoice() {
    if (Faces.attempt(() -> users.chooseEmailNotifications(emailOn))) {
      Faces.info(emailOn ? "notification.email.turnedOn" : "notification.email.turnedOff");
    }
  }

  public List<Stored> getList() {
    return list;
  }

  public long getUnread() {
    return list == null ? 0 : list.stream().filter(Stored::isUnread).count();
  }

  public String getEmail() {
    return email;
  }

  public boolean isEmailOn() {
    return emailOn;
  }

  public void setEmailOn(boolean emailOn) {
    this.emailOn = emailOn;
  }

  public boolean isMailConfigured() {
    return mailConfigured;
  }
}
