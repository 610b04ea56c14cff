/**
 * The månadsbesked: one org's statement of a month (binding lines per area, the shadow model
 * beside them, adjustments, VAT for companies), its summary over all orgs, and its exports
 * (PDF, CSV, Excel, a ZIP of every PDF). Reads the month from the ledger.
 */
package se.tjanstekatalog.statement;
