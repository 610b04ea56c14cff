package se.tjanstekatalog.platform;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Nullable number columns read without {@code ResultSet.getObject} with a type: Payara's
 * pool wraps the driver's result set, and its {@code getObject(…, Class)} looks the driver's
 * method up by reflection on every call, building a {@code NoSuchMethodException} message for
 * each class it walks through on the way. On the statement page that was a tenth of the CPU
 * (a JFR profile under 4 clients). {@code ResultColumnsTest} keeps the main code free of it.
 */
public final class ResultColumns {
  private ResultColumns() {}

  /** The column's value, or null when it is SQL NULL. */
  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** The column's value, or null when it is SQL NULL. */
  public static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** The column's value, or null when it is SQL NULL. */
  public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
