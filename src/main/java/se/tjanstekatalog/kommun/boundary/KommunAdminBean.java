package se.tjanstekatalog.kommun.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.tjanstekatalog.kommun.control.KommunAdmin;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Kommuner (admin): the platform admin's list of the kommuner the installation serves and the
 * form that adds one with its first admin. An admin of any other kommun sees only their own.
 */
@Named
@ViewScoped
public class KommunAdminBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject KommunAdmin admin;
  @Inject Tenancy tenancy;

  /** A kommun as the list shows it. */
  public record Row(String code, String name, String hosts, String servedBy) implements
      Serializable {}

  private String code;
  private String name;
  private String hosts;
  private boolean servedByUs = true;
  private String adminUsername = "admin";
  private String adminName;
  /** The kommun just created: its code, first admin and one-time password. */
  private String createdCode;
  private String createdAdmin;
  private String createdPassword;

  public boolean isPlatform() {
    return admin.isPlatform();
  }

  /**
   * Every kommun for the platform admin; only the own kommun for anyone else, without the
   * directory's names of other kommuner (the nämnd that serves it is named in its catalogue).
   */
  public List<Row> getRows() {
    boolean platform = isPlatform();
    String own = tenancy.current().code();
    return tenancy.all().stream().filter(t -> platform || t.code().equals(own))
        .map(t -> new Row(t.code(), t.name(), String.join(", ", tenancy.hostsOf(t.code())),
            !platform || t.servedBy() == null ? "" : tenancy.find(t.servedBy())
                .map(s -> s.name()).orElse(t.servedBy()))).toList();
  }

  public void create() {
    Faces.attempt(() -> {
      KommunAdmin.Created created = admin.create(new KommunAdmin.Request(code, name, hosts,
          servedByUs, adminUsername, adminName));
      createdCode = created.kommun().code();
      createdAdmin = created.adminUsername();
      createdPassword = created.password();
      Faces.info("kommunAdmin.created", created.kommun().name());
      code = null;
      name = null;
      hosts = null;
      adminName = null;
    });
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHosts() {
    return hosts;
  }

  public void setHosts(String hosts) {
    this.hosts = hosts;
  }

  public boolean isServedByUs() {
    return servedByUs;
  }

  public void setServedByUs(boolean servedByUs) {
    this.servedByUs = servedByUs;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String adminUsername) {
    this.adminUsername = adminUsername;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getCreatedCode() {
    return createdCode;
  }

  public String getCreatedAdmin() {
    return createdAdmin;
  }

  public String getCreatedPassword() {
    return createdPassword;
  }
}
