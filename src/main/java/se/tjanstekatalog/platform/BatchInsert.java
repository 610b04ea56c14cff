package se.tjanstekatalog.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares the INSERT statements that the importers run as JDBC batches, so that the MariaDB
 * driver sends each batch in bulk (one COM_STMT_BULK_EXECUTE) instead of one query per row.
 *
 * <p>The statement is prepared with an explicit {@link Statement#NO_GENERATED_KEYS}, never
 * with the plain {@code prepareStatement(sql)}: Payara's pooled connection turns the plain call
 * into {@code prepareStatement(sql, TYPE_FORWARD_ONLY, CONCUR_READ_ONLY)} on the driver's
 * connection, and MariaDB Connector/J 3.x treats that overload as a request for generated keys.
 * With generated keys requested and a server without bulk unit results (before MariaDB 11.5)
 * the driver falls back to pipelining one INSERT per row, about five times slower. On a plain
 * connection (the benchmark) both calls behave alike, which hid the difference. See ADR 0003.
 */
public final class BatchInsert {
  private BatchInsert() {}

  public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
    return c.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
  }
}
