package se.tjanstekatalog.shared;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * What the portal's PDF exports (statement, invoice basis) share with OpenPDF: built-in fonts
 * in code page 1252, the bordered table cell, and text those fonts can show.
 */
public final class PdfKit {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private PdfKit() {}

  /** A bordered table cell of printable text. */
  public static PdfPCell cell(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
    cell.setPadding(4f);
    cell.setBorderColor(Color.GRAY);
    cell.setHorizontalAlignment(align);
    return cell;
  }

  /** A built-in (not embedded) font in code page 1252. */
  public static Font font(String name, float size) {
    try {
      return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text the built-in Helvetica (Cp1252) can show; anything else becomes '?'. */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    CharsetEncoder encoder = CP1252.newEncoder();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(
        encoder.canEncode(Character.toString(c)) ? Character.toString(c) : "?"));
    return out.toString();
  }
}
