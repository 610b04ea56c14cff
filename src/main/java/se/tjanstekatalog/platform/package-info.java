/**
 * Running the portal: start-up (migrations, demo data), the data source and the tenancy seam
 * ({@code platform.tenancy}), health, REST application set-up, security headers and error
 * mapping. Capabilities use it for their database ({@code @TenantDatabase}), JDBC batches and
 * problem+json ({@code Problem}); it depends on no capability.
 */
package se.tjanstekatalog.platform;
