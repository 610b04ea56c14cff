/**
 * What the orgs consumed, month by month: file imports (CSV and Excel, checked row by row and
 * saved all or nothing), the FOCUS cloud bill with its mappings, the feed API for other
 * systems, and manual entry in a grid. Every save is an import batch that can be replaced or
 * withdrawn. Writes into a month go through the ledger's guard: a locked month takes nothing.
 */
package se.tjanstekatalog.consumption;
