package se.tjanstekatalog.setup.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.tjanstekatalog.platform.ReadCache;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.platform.tenancy.Tenancy;
import se.tjanstekatalog.setup.domain.SetupChecklist;
import se.tjanstekatalog.shared.Role;

/** The setup checklist for ADMIN and IT_CONTROLLER, who set a new municipality up. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.IT_CONTROLLER_NAME})
public class SetupService {
  @Inject @TenantDatabase DataSource dataSource;
  @Inject Tenancy tenancy;
  @Inject ReadCache cache;

  @Inject
  @ConfigProperty(name = "tk.demo", defaultValue = "false")
  boolean demo;

  /** The checklist as it stands now. */
  public SetupChecklist checklist() {
    try (Connection c = dataSource.getConnection()) {
      return checklist(c, tenancy.municipalityId());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the setup checklist", e);
    }
  }

  /** The checklist on a connection the caller holds (the work queue's). */
  public static SetupChecklist checklist(Connection c, long municipalityId)
      throws SQLException {
    return SetupChecklist.of(SetupFacts.read(c, municipalityId));
  }

  /**
   * Whether the menu shows the checklist: always without demo data, else while something is
   * missing. Asked on every page, so kept for a few seconds ({@link ReadCache}).
   */
  public boolean shown() {
    return cache.get(List.of("setup.shown"), () -> checklist().shown(demo));
  }

  public boolean demo() {
    return demo;
  }
}
