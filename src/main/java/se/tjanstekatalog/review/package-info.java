/**
 * The finance chiefs' review of a preliminary month: each org's approval, and comment threads
 * on statement lines between the org and the IT organisation. The month's transitions belong
 * to the ledger; review supplies the facts they need (who approved, what is still open).
 */
package se.tjanstekatalog.review;
