package se.tjanstekatalog.kommun.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.control.CataloguePublication;
import se.tjanstekatalog.platform.DatabaseMigration;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.platform.tenancy.Tenant;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.UserService;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;

/**
 * The platform admin's work: a new kommun in the directory, with its own database migrated,
 * its name, the catalogue of the IT nämnd that serves it (if one does), and its first admin
 * with a one-time password shown once. The platform admin is an ADMIN of the home kommun (the
 * provider's own); every other kommun's admins manage only their kommun. Each step runs for one
 * kommun outside any transaction of another (docs/adr/0007-tenancy.md, decision 3).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class KommunAdmin {
  private static final Logger LOG = Logger.getLogger(KommunAdmin.class.getName());
  /** A host name: letters, digits and hyphens in dot-separated labels. */
  private static final Pattern HOST = Pattern.compile(
      "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Tenancy tenancy;
  @Inject @TenantDatabase DataSource database;
  @Inject CataloguePublication publication;
  @Inject UserService users;
  @Inject AuditLog audit;

  /** What the platform admin fills in. */
  public record Request(String code, String name, String hosts, boolean servedByUs,
      String adminUsername, String adminName) {}

  /** The new kommun and its first admin's one-time password (shown once, never stored). */
  public record Created(Tenant kommun, String adminUsername, String password) {}

  /** Whether the current caller's kommun is where kommuner are created (the home kommun). */
  public boolean isPlatform() {
    return tenancy.current().code().equals(tenancy.home().code());
  }

  /**
   * Creates the kommun. Bad input is refused before anything is written, naming the field; a
   * kommun whose database could not be prepared is kept out of service (UNAVAILABLE) and the
   * error says so.
   */
  public Created create(Request r) {
    if (!isPlatform()) {
      throw new SecurityException("Kommuner are created in the home kommun only");
    }
    String code = r.code() == null ? "" : r.code().strip();
    String name = r.name() == null ? "" : r.name().strip();
    String admin = r.adminUsername() == null ? "" : r.adminUsername().strip();
    String adminName = r.adminName() == null ? "" : r.adminName().strip();
    List<String> hosts = hosts(r.hosts());
    List<Violation> errors = new ArrayList<>();
    if (!Tenant.validCode(code)) {
      errors.add(new Violation("code", "kommunAdmin.error.code", code));
    } else if (tenancy.codeTaken(code)) {
      errors.add(new Violation("code", "kommunAdmin.error.codeTaken", code));
    }
    if (name.isEmpty() || name.length() > 120) {
      errors.add(new Violation("name", "kommunAdmin.error.name", 120));
    }
    if (hosts.isEmpty()) {
      errors.add(new Violation("hosts", "kommunAdmin.error.hostsMissing"));
    }
    for (String host : hosts) {
      if (!HOST.matcher(host).matches()) {
        errors.add(new Violation("hosts", "kommunAdmin.error.host", host));
      } else if (tenancy.hostTaken(host)) {
        errors.add(new Violation("hosts", "kommunAdmin.error.hostTaken", host));
      }
    }
    if (!UserService.validUsername(admin)) {
      errors.add(new Violation("adminUsername", "user.error.username.format", admin));
    }
    if (adminName.isEmpty() || adminName.length() > 120) {
      errors.add(new Violation("adminName", "kommunAdmin.error.adminName", 120));
    }
    RuleViolationException.throwIfAny(errors);

    Tenant host = tenancy.current();
    Tenant kommun = tenancy.register(new Tenancy.NewKommun(code, name, hosts,
        r.servedByUs() ? host.code() : null));
    String password = password();
    try {
      tenancy.runAs(kommun, () -> {
        DatabaseMigration.migrate(database);
        name(name);
      });
      if (r.servedByUs()) {
        publication.publish(host, kommun);
      }
      tenancy.runAs(kommun, () -> users.create(new UserService.UserData(null, 0, admin,
          adminName, Role.ADMIN, null, true, null), password));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The new kommun " + code + " could not be prepared", e);
      tenancy.markUnavailable(code);
      throw new RuleViolationException(new Violation("code", "kommunAdmin.error.prepare", code));
    }
    audit.record(AuditKind.SETTINGS, code, "Ny kommun " + name + " (" + code + "), nås på "
        + String.join(", ", hosts) + (r.servedByUs() ? ", betjänas av IT-nämnden i "
        + host.name() : "") + "; första administratör " + admin);
    return new Created(kommun, admin, password);
  }

  /** The kommun's name in its own database (municipality row, SIE's company name). */
  private void name(String name) {
    try (Connection c = database.getConnection();
        PreparedStatement m = c.prepareStatement("UPDATE municipality SET name = ?");
        PreparedStatement a = c.prepareStatement("UPDATE accounting_settings SET company_name = ?")) {
      m.setString(1, name);
      m.executeUpdate();
      a.setString(1, name);
      a.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not name the kommun", e);
    }
  }

  static List<String> hosts(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String h : text.split("[,\\s]+")) {
        String host = h.strip().toLowerCase(Locale.ROOT);
        if (!host.isEmpty() && !out.contains(host)) {
          out.add(host);
        }
      }
    }
    return out;
  }

  private static String password() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
