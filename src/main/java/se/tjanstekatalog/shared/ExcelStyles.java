package se.tjanstekatalog.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every Excel export of the portal uses, made once per workbook: bold
 * headers and sums, amounts as numbers shown as {@code 1 234,50 kr} (Excel applies the reader's
 * digit grouping and decimal comma), percentages stored as fractions.
 */
public record ExcelStyles(CellStyle bold, CellStyle kronor, CellStyle kronorBold,
    CellStyle percent, CellStyle percentBold) {
  public static final String KRONOR_FORMAT = "#,##0.00 \"kr\"";
  public static final String PERCENT_FORMAT = "0.0 %";

  public static ExcelStyles of(Workbook workbook) {
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    short kr = workbook.createDataFormat().getFormat(KRONOR_FORMAT);
    short pct = workbook.createDataFormat().getFormat(PERCENT_FORMAT);
    return new ExcelStyles(style(workbook, boldFont, (short) -1), style(workbook, null, kr),
        style(workbook, boldFont, kr), style(workbook, null, pct), style(workbook, boldFont, pct));
  }

  private static CellStyle style(Workbook workbook, Font font, short format) {
    CellStyle style = workbook.createCellStyle();
    if (font != null) {
      style.setFont(font);
    }
    if (format >= 0) {
      style.setDataFormat(format);
    }
    return style;
  }
}
