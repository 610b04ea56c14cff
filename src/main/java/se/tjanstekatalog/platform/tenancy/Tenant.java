package se.tjanstekatalog.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A municipality (kommun) this installation serves and where its data lives.
 *
 * @param code short name of the tenant in the installation (logs, configuration)
 * @param municipalityId the id of its row in its database's {@code municipality} table, which
 *     also keys {@code accounting_settings}
 * @param database the MariaDB database (schema) that holds its tables, or {@code null} for the
 *     database the pool's connections already use, as in a one-municipality installation
 */
public record Tenant(String code, long municipalityId, String database) {
  /** A database name as the seam accepts it: no quoting needed in {@code USE} or a URL. */
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The one municipality of today's installations: municipality row 1 in the pool's database. */
  public static final Tenant SINGLE = new Tenant("default", 1L, null);

  public Tenant {
    Objects.requireNonNull(code, "code");
    if (database != null && !DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("Not a database name: " + database);
    }
  }

  /** True when the tenant's tables are in the database the pool connects to. */
  public boolean inPoolDatabase() {
    return database == null;
  }
}
