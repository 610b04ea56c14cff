/**
 * The owner of the month: its state (OPEN, PRELIMINARY, REVIEWED, LOCKED) and transitions, the
 * database guard that keeps a locked month unchanged, the stored costing runs, result lines
 * and pool results, and the adjustments that correct a locked month in a later one. Other
 * capabilities read and write the month only through its control classes.
 */
package se.tjanstekatalog.ledger;
