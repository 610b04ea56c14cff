/**
 * Helårsprognos (issue 18 part 2): the current year per org under both models, the computed
 * months plus a forecast of the rest (the run-rate of the last computed months, or the year's
 * published budgetunderlag), against the year's budget (the budgetunderlag's binding total, else
 * a yearly IT budget entered per org, table forecast_budget of changeset 0024).
 */
package se.tjanstekatalog.forecast;
