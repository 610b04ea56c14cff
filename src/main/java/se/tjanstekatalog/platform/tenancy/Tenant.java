package se.tjanstekatalog.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A municipality (kommun) this installation serves and where its data lives.
 *
 * @param code short name of the kommun in the directory ({@code kommun.code}), logs and caches'
 *     keys
 * @param municipalityId the id of its row in its database's {@code municipality} table, which
 *     also keys {@code accounting_settings}; 1 in every kommun's own database
 * @param database the MariaDB database (schema) that holds its tables, or {@code null} for the
 *     database the pool's connections already use, as in a one-municipality installation
 * @param name the kommun's name as the directory has it (lists across kommuner)
 * @param servedBy the code of the kommun whose IT nämnd serves this one, or {@code null}
 */
public record Tenant(String code, long municipalityId, String database, String name,
    String servedBy) {
  /** A database name as the seam accepts it: no quoting needed in {@code USE} or a URL. */
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  /** A kommun's code: also part of its database's name and of host names. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,31}");

  /**
   * The one municipality of a one-kommun installation: municipality row 1 in the pool's
   * database (and what the seam answers before the directory is read).
   */
  public static final Tenant SINGLE = new Tenant("hem", 1L, null, "Kommunen", null);

  public Tenant {
    Objects.requireNonNull(code, "code");
    if (database != null && !DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("Not a database name: " + database);
    }
  }

  /** A tenant known by code and database only (tests, the seam's own checks). */
  public Tenant(String code, long municipalityId, String database) {
    this(code, municipalityId, database, code, null);
  }

  /** True when the tenant's tables are in the database the pool connects to. */
  public boolean inPoolDatabase() {
    return database == null;
  }

  /** The same kommun with its tables named by database (when the pool serves several). */
  Tenant inDatabase(String poolDatabase) {
    return database != null ? this : new Tenant(code, municipalityId, poolDatabase, name, servedBy);
  }

  /** Whether {@code code} can name a kommun: 2–32 of a–z and 0–9, starting with a letter. */
  public static boolean validCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** Whether {@code database} can name a kommun's database. */
  public static boolean validDatabase(String database) {
    return database != null && DATABASE_NAME.matcher(database).matches();
  }
}
