package se.tjanstekatalog.catalogue.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.ledger.control.InputChanges;

/**
 * Which computed months a correction of a service's unit or financing touches: those not
 * locked in which the service is used, by consumption or by a subscription covering the month.
 * The trigger of changeset 0016 marks the same months stale; this tells the month's pages why
 * ({@code input_change}). Plain JDBC on the caller's connection.
 */
final class CatalogueCorrections {
  /** The months that use service ? ({@link #monthsUsing}); the trigger's condition. */
  static final String USED_IN_MONTH = "SELECT r.period FROM costing_run r"
      + " WHERE NOT EXISTS (SELECT 1 FROM period p WHERE p.period = r.period"
      + " AND p.status = 'LOCKED')"
      + " AND (EXISTS (SELECT 1 FROM consumption_sum cs JOIN service_level l ON l.id = cs.level_id"
      + " WHERE l.service_id = ? AND cs.period = r.period)"
      + " OR EXISTS (SELECT 1 FROM subscription s WHERE s.service_id = ?"
      + " AND s.valid_from <= LAST_DAY(r.period)"
      + " AND (s.valid_to IS NULL OR s.valid_to >= r.period)))"
      + " ORDER BY r.period";

  private CatalogueCorrections() {}

  /**
   * Why the computed open months are stale now: the service's unit or financing changed.
   * Flushes first: the trigger marks the months when the UPDATE reaches the database.
   */
  static void recordInputChange(CatalogueRepository repository, DataSource dataSource,
      Service s, String callerName) {
    repository.flush(); // the trigger marks the months when the UPDATE reaches the database
    try (Connection c = dataSource.getConnection()) {
      String detail = s.getCode() + " " + s.getName();
      for (YearMonth month : monthsUsing(c, s.getId())) {
        InputChanges.record(c, month, month, "CATALOGUE", detail, null, callerName);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the change of " + s.getCode(), e);
    }
  }

  static List<YearMonth> monthsUsing(Connection c, long serviceId) throws SQLException {
    List<YearMonth> months = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(USED_IN_MONTH)) {
      ps.setLong(1, serviceId);
      ps.setLong(2, serviceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          months.add(YearMonth.from(rs.getDate(1).toLocalDate()));
        }
      }
    }
    return months;
  }
}
