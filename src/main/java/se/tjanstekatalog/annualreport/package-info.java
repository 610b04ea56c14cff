/**
 * The årsberättelse (issue 18 part 1): a year's account of the basleveranser per service area
 * and for the whole, read from the owners of the figures (ledger, costing, catalogue, the
 * dashboard's key figures) and the IT organisation's own text kept with the year; shown as a
 * page with charts, a PDF and an editable Word document, and over
 * {@code /api/v1/annual-report/{year}}. The utvecklingsplan's follow-up (part 3) is not built
 * yet: {@link se.tjanstekatalog.annualreport.domain.AnnualReport#DEVELOPMENT_PLAN_SECTION} is
 * the seam where it goes.
 */
package se.tjanstekatalog.annualreport;
