package se.tjanstekatalog.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the portal hands out, in one dialect: {@code ;} separated, decimal comma
 * without grouping, UTF-8 with a BOM (so Excel reads å ä ö), CRLF. An export asked for in
 * English ({@link #render(Locale, String[], Body)}) is the same but {@code ,} separated with a
 * decimal point, as an English spreadsheet reads it.
 *
 * <p>Cells are typed: a {@link BigDecimal} (or any other {@link Number}) or an {@link Amount}
 * (its value) is written as a number, everything else as text. A text cell that a spreadsheet would read as a formula —
 * one starting with {@code = + - @}, a tab or a carriage return — gets a leading {@code '}
 * (OWASP's rule against CSV injection), so an org named {@code -2+3+cmd|' /C calc'!A0} is
 * shown as text and never evaluated. Numbers are never prefixed: {@code -1234,50} stays a
 * number a spreadsheet can sum.
 */
public final class SwedishCsv {
  private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';')
      .setRecordSeparator("\r\n").get();
  private static final CSVFormat ENGLISH = CSVFormat.Builder.create(FORMAT).setDelimiter(',')
      .get();

  /** Writes the rows of one file. */
  public interface Rows {
    /** One row; {@code null} is an empty cell, a number a number, anything else text. */
    void row(Object... cells) throws IOException;
  }

  /** What fills a file, row by row. */
  @FunctionalInterface
  public interface Body {
    void write(Rows rows) throws IOException;
  }

  private SwedishCsv() {}

  /** The file: the header row, then what {@code body} writes. */
  public static byte[] render(String[] header, Body body) {
    return render(SwedishFormat.SWEDISH, header, body);
  }

  /** The file in the dialect of the export's language (English: see the class). */
  public static byte[] render(Locale locale, String[] header, Body body) {
    boolean english = ExportFormat.isEnglish(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      try (CSVPrinter printer = new CSVPrinter(w, english ? ENGLISH : FORMAT)) {
        Rows rows = cells -> printer.printRecord(english ? englishCells(cells) : cells(cells));
        rows.row((Object[]) header);
        body.write(rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String[] cells(Object[] values) {
    String[] cells = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = cell(values[i]);
    }
    return cells;
  }

  private static String[] englishCells(Object[] values) {
    String[] cells = cells(values);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number || values[i] instanceof Amount) {
        cells[i] = cells[i].replace(',', '.');
      }
    }
    return cells;
  }

  /** One cell as written: a number as {@link #number}, anything else as {@link #text}. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return number(d);
    }
    if (value instanceof Amount a) {
      return number(a.value());
    }
    if (value instanceof Number n) {
      return number(new BigDecimal(n.toString()));
    }
    return text(value.toString());
  }

  /** 1234.5 → "1234,5": plain, decimal comma, no grouping. */
  public static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', ',');
  }

  /**
   * Text a spreadsheet shows as text: a leading {@code '} where the first character would
   * start a formula ({@code = + - @}, tab, carriage return), otherwise unchanged.
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
