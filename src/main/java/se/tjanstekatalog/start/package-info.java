/** The start page: what each role does first, with links to its pages. */
package se.tjanstekatalog.start;
