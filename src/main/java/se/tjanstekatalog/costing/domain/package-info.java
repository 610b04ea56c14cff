/**
 * The costing rules of PRODUCT.md in plain Java: internfakturering and solidarisk fördelning
 * for one month, the model plan, the largest-remainder split and the inputs' fingerprint. No
 * container, no database: {@link se.tjanstekatalog.costing.domain.CostingEngine} takes a
 * {@link se.tjanstekatalog.costing.domain.PeriodInputs} and returns a
 * {@link se.tjanstekatalog.costing.domain.CostingResult}.
 */
package se.tjanstekatalog.costing.domain;
