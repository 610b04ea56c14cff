/**
 * The cost dashboard: a year of the ledger's months by org, service and model, key figures and
 * trends, with charts and an Excel export; the same data over {@code /api/v1/dashboard}.
 */
package se.tjanstekatalog.dashboard;
