/**
 * The tenancy seam: the one owner of "which municipality, and which database". Every service
 * gets its database as {@code @Inject @TenantDatabase DataSource} from {@link
 * se.tjanstekatalog.platform.tenancy.Tenancy}, and the persistence unit's connections pass
 * through the same {@link se.tjanstekatalog.platform.tenancy.TenantDataSource}; the
 * municipality's row id comes from {@link se.tjanstekatalog.platform.tenancy.Tenancy#municipalityId()}.
 * The kommuner are in the directory ({@link se.tjanstekatalog.platform.tenancy.Directory});
 * a request's kommun comes from its host name ({@link
 * se.tjanstekatalog.platform.tenancy.TenantFilter}), a job's from the job ({@code runAs}). With
 * one kommun every connection is the {@code jdbc/tk} pool's, untouched; with several, each is
 * pointed at its kommun's database: docs/adr/0007-tenancy.md.
 */
package se.tjanstekatalog.platform.tenancy;
