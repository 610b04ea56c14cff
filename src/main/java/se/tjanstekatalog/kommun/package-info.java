/**
 * Several kommuner in one installation (issue 19, docs/adr/0007-tenancy.md): the view across
 * the kommuner a shared IT nämnd serves, and the platform admin's list of kommuner where a new
 * one is created with its first admin. The seam itself (the directory, the kommun of a request
 * or job) is {@code platform.tenancy}.
 */
package se.tjanstekatalog.kommun;
