/**
 * What leaves for the general ledger once a month is locked: the SIE 4 file (one voucher per
 * month, balanced), the accounting journal, and each company's invoice basis (CSV, PDF), with
 * the municipality's accounts and VAT settings.
 */
package se.tjanstekatalog.accounting;
