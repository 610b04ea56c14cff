/**
 * Budgetunderlag (issue 18 part 2): next year's expected cost per org under both models, from
 * next year's prices (a draft list counts) × planned volumes and the pools' budgets shared by
 * the latest keys, computed by the costing engine itself; planned-volume adjustments and
 * published, frozen versions. Not budgetväxling (that is {@code costing}'s BudgetTransfer).
 */
package se.tjanstekatalog.budget;
