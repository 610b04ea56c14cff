/**
 * The audit log (issue 17, item 4): who did what when, for the administrator and the IT
 * controller. Every capability records through {@link se.tjanstekatalog.audit.control.AuditLog}
 * in its own transaction, so a rolled-back step leaves no row; the table {@code audit_log} is
 * append-only by trigger. The catalogue's field-by-field history ({@code catalogue_audit}) stays
 * where it is and also writes one line here per change.
 */
package se.tjanstekatalog.audit;
