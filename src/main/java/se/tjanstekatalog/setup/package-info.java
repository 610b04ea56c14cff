/**
 * Setting up a new municipality (issue 17): the setup checklist of what is done and what is
 * missing before the first month can be computed. {@code domain.SetupChecklist} is the rule
 * (plain Java), {@code control.SetupFacts} reads the counts it needs in one place, the page
 * {@code admin/setup.xhtml} shows it to ADMIN and IT_CONTROLLER, and the start page's work
 * queue links to it while something is missing.
 */
package se.tjanstekatalog.setup;
