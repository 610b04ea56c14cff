/**
 * The tenancy seam: the one owner of "which municipality, and which database". Every service
 * gets its database as {@code @Inject @TenantDatabase DataSource} from {@link
 * se.tjanstekatalog.platform.tenancy.Tenancy}, and the persistence unit's connections pass
 * through the same {@link se.tjanstekatalog.platform.tenancy.TenantDataSource}; the
 * municipality's row id comes from {@link se.tjanstekatalog.platform.tenancy.Tenancy#municipalityId()}.
 * Today there is one municipality in the pool's own database, so every connection is the
 * {@code jdbc/tk} pool's, untouched. Several municipalities (a database each) change this
 * package, not the services: docs/adr/0007-tenancy.md.
 */
package se.tjanstekatalog.platform.tenancy;
