/**
 * Computes a month: both financing models for every org from the consumption, subscriptions,
 * pools and keys (the pure {@code domain.CostingEngine}), and hands the result to the ledger to
 * store. Also the model plan (which model binds per service area and month), the pools, the
 * comparison of the two models, budgetväxling and what-if. Reads prices from the catalogue's
 * price book and never writes the ledger's tables itself.
 */
package se.tjanstekatalog.costing;
