/**
 * Utvecklingsplan (issue 18 part 3): the executive board's yearly plan for shared IT
 * development. A plan per year (decided frame of the requested amount, decision), its
 * initiatives (goal, owner, decision, orgs involved, budget per year and financing, quarterly
 * status, manual costs, the billed development consumption read from the ledger, expected and
 * realised benefits per org); the totals in plain Java ({@code domain.DevelopmentPlan}); pages,
 * {@code /api/v1/devplan} and the årsberättelse's section read it.
 */
package se.tjanstekatalog.devplan;
