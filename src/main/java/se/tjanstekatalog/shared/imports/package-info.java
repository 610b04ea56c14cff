/**
 * What every import shares, whatever it brings in: reading a CSV or .xlsx file within limits
 * ({@link se.tjanstekatalog.shared.imports.TabularFile}, {@link
 * se.tjanstekatalog.shared.imports.XlsxReader}, {@link se.tjanstekatalog.shared.imports.Columns})
 * and the all-or-nothing answer that names row, column, value and reason ({@link
 * se.tjanstekatalog.shared.imports.ImportProblem}, {@link
 * se.tjanstekatalog.shared.imports.ImportReport}, {@link
 * se.tjanstekatalog.shared.imports.ImportRejected}). Consumption, the catalogue workbook and the
 * org register workbook use it; it uses nothing of theirs.
 */
package se.tjanstekatalog.shared.imports;
