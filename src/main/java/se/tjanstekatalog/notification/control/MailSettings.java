package se.tjanstekatalog.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server notifications are mailed through, from MicroProfile Config: environment
 * variables {@code TK_SMTP_HOST}, {@code TK_SMTP_PORT} (25), {@code TK_SMTP_USER},
 * {@code TK_SMTP_PASSWORD}, {@code TK_SMTP_FROM} and {@code TK_SMTP_STARTTLS} (false), or the
 * system properties {@code tk.smtp.host} and so on; {@code TK_PUBLIC_URL} is the portal's
 * address in the mails' links (default: the address the step's request came to). Without a
 * host nothing is mailed: notifications are shown in the portal only. Read at each use.
 */
@ApplicationScoped
public class MailSettings {
  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int TIMEOUT_MS = 10_000;

  @Inject Config config;

  /** Whether an SMTP host is set. */
  public boolean configured() {
    return host().isPresent();
  }

  /** The portal's public address without a trailing slash, if set. */
  public Optional<String> publicUrl() {
    return text("tk.public.url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /** The sender's address. */
  public String from() {
    return text("tk.smtp.from").orElse("tjanstekatalogen@" + host().orElse("localhost"));
  }

  /** A mail session for the configured server (call only when {@link #configured()}). */
  public Session session() {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", host().orElseThrow());
    p.put("mail.smtp.port", text("tk.smtp.port").orElse("25"));
    p.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
    p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
    boolean starttls = text("tk.smtp.starttls").map(Boolean::parseBoolean).orElse(false);
    p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.put("mail.smtp.starttls.required", String.valueOf(starttls));
    Optional<String> user = text("tk.smtp.user");
    if (user.isEmpty()) {
      return Session.getInstance(p);
    }
    p.put("mail.smtp.auth", "true");
    String password = text("tk.smtp.password").orElse("");
    return Session.getInstance(p, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user.get(), password);
      }
    });
  }

  /** "host:port", for the log. */
  public String describe() {
    return host().orElse("-") + ":" + text("tk.smtp.port").orElse("25");
  }

  private Optional<String> host() {
    return text("tk.smtp.host");
  }

  private Optional<String> text(String name) {
    return config.getOptionalValue(name, String.class).map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
