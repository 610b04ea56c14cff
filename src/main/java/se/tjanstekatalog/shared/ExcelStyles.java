package se.tjanstekatalog.shared;

import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every Excel export of the portal uses, made once per workbook: bold
 * headers and sums, amounts as numbers shown as {@code 1 234,50 kr} (Excel applies the reader's
 * digit grouping and decimal comma; an English export {@code SEK 1,234.50}), percentages stored
 * as fractions.
 */
public record ExcelStyles(CellStyle bold, CellStyle kronor, CellStyle kronorBold,
    CellStyle percent, CellStyle percentBold) {
  public static final String KRONOR_FORMAT = "#,##0.00 \"kr\"";
  public static final String PERCENT_FORMAT = "0.0 %";

  /** An English export's amounts: {@code SEK 1,234.50} (the reader's separators). */
  public static final String ENGLISH_KRONOR_FORMAT = "\"SEK \"#,##0.00";
  public static final String ENGLISH_PERCENT_FORMAT = "0.0%";

  public static ExcelStyles of(Workbook workbook) {
    return of(workbook, SwedishFormat.SWEDISH);
  }

  /** The styles of an export in {@code locale}'s language (English or else Swedish). */
  public static ExcelStyles of(Workbook workbook, Locale locale) {
    boolean english = ExportFormat.isEnglish(locale);
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    short kr = workbook.createDataFormat().getFormat(english ? ENGLISH_KRONOR_FORMAT
        : KRONOR_FORMAT);
    short pct = workbook.createDataFormat().getFormat(english ? ENGLISH_PERCENT_FORMAT
        : PERCENT_FORMAT);
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
