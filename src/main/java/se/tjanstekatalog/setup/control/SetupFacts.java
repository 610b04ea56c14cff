package se.tjanstekatalog.setup.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.tjanstekatalog.setup.domain.SetupChecklist;

/**
 * The counts behind the setup checklist, read in one place on the caller's connection. Plain
 * counts of other capabilities' tables: the checklist only asks whether anything is there,
 * never what, so it reads no entity and no rule of theirs.
 */
public final class SetupFacts {
  private SetupFacts() {}

  public static SetupChecklist.Facts read(Connection c, long municipalityId)
      throws SQLException {
    String name;
    boolean logo;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, logo IS NOT NULL FROM municipality WHERE id = ?")) {
      ps.setLong(1, municipalityId);
      try (ResultSet rs = ps.executeQuery()) {
        name = rs.next() ? rs.getString(1) : null;
        logo = name != null && rs.getBoolean(2);
      }
    }
    String company = text(c, "SELECT company_name FROM accounting_settings"
        + " WHERE municipality_id = " + municipalityId);
    return new SetupChecklist.Facts(name, logo, company,
        count(c, "SELECT COUNT(*) FROM accounting_settings_change"),
        count(c, "SELECT COUNT(*) FROM org_unit"),
        count(c, "SELECT COUNT(*) FROM service"),
        count(c, "SELECT COUNT(*) FROM price_list"),
        count(c, "SELECT COUNT(*) FROM org_key_value"),
        count(c, "SELECT COUNT(*) FROM cost_pool WHERE active"),
        count(c, "SELECT COUNT(*) FROM model_plan"),
        count(c, "SELECT COUNT(*) FROM app_user WHERE active AND role <> 'ADMIN'"),
        count(c, "SELECT COUNT(*) FROM sso_group_mapping"));
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
