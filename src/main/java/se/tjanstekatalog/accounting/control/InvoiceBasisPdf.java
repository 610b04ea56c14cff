package se.tjanstekatalog.accounting.control;

import static se.tjanstekatalog.shared.PdfKit.cell;
import static se.tjanstekatalog.shared.PdfKit.font;
import static se.tjanstekatalog.shared.PdfKit.printable;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * A bolag's invoice basis (fakturaunderlag) of a month as a printable A4 PDF in Swedish or
 * English (texts {@code export.invoiceBasis.*}, figures as {@link ExportFormat} writes them).
 */
public final class InvoiceBasisPdf {
  private static final float MARGIN = 40f;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
  private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 18f);
  private static final Font BODY = font(BaseFont.HELVETICA, 10f);
  private static final Font SMALL = font(BaseFont.HELVETICA, 8.5f);
  private static final Font SMALL_BOLD = font(BaseFont.HELVETICA_BOLD, 8.5f);
  private static final String K = "export.invoiceBasis.";

  private InvoiceBasisPdf() {}

  /** The Swedish PDF. */
  public static byte[] render(InvoiceBasis basis) {
    return render(basis, SwedishFormat.SWEDISH);
  }

  public static byte[] render(InvoiceBasis basis, Locale locale) {
    ExportFormat f = ExportFormat.of(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    String month = f.month(basis.month());
    document.addTitle(f.text(K + "documentTitle", basis.orgName(), month));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(f.languageTag()));
    document.open();
    document.add(new Paragraph(printable(f.text(K + "title", month)), TITLE));
    document.add(new Paragraph(printable(f.text(K + "customer", basis.orgName(),
        basis.orgCode())), BODY));
    if (basis.counterpart() != null && !basis.counterpart().isEmpty()) {
      document.add(new Paragraph(printable(f.text(K + "counterpart", basis.counterpart())),
          BODY));
    }
    document.add(new Paragraph(printable(f.text(K + "seller", basis.municipality())), BODY));
    Paragraph gap = new Paragraph(" ", BODY);
    document.add(gap);

    PdfPTable table = new PdfPTable(new float[] {5f, 1.3f, 1.6f, 2f, 1.1f, 1.6f, 2f});
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    for (String column : new String[] {"line", "quantity", "unitPrice", "exVat", "vatPercent",
        "vat", "incVat"}) {
      PdfPCell c = cell(f.text(K + "column." + column), SMALL_BOLD, Element.ALIGN_LEFT);
      c.setBackgroundColor(HEADER_BACKGROUND);
      table.addCell(c);
    }
    for (InvoiceBasis.Line l : basis.lines()) {
      table.addCell(cell(l.text(), SMALL, Element.ALIGN_LEFT));
      table.addCell(cell(f.decimal(l.quantity(), 4), SMALL, Element.ALIGN_RIGHT));
      table.addCell(cell(f.amount(l.unitPrice()), SMALL, Element.ALIGN_RIGHT));
      table.addCell(cell(f.amount(l.amountExVat()), SMALL, Element.ALIGN_RIGHT));
      table.addCell(cell(f.decimal(l.vatRate(), 2), SMALL, Element.ALIGN_RIGHT));
      table.addCell(cell(f.amount(l.vat()), SMALL, Element.ALIGN_RIGHT));
      table.addCell(cell(f.amount(l.amountIncVat()), SMALL, Element.ALIGN_RIGHT));
    }
    table.addCell(cell(f.text(K + "total"), SMALL_BOLD, Element.ALIGN_LEFT));
    table.addCell(cell("", SMALL, Element.ALIGN_LEFT));
    table.addCell(cell("", SMALL, Element.ALIGN_LEFT));
    table.addCell(cell(f.amount(basis.totalExVat()), SMALL_BOLD, Element.ALIGN_RIGHT));
    table.addCell(cell("", SMALL, Element.ALIGN_LEFT));
    table.addCell(cell(f.amount(basis.totalVat()), SMALL_BOLD, Element.ALIGN_RIGHT));
    table.addCell(cell(f.amount(basis.totalIncVat()), SMALL_BOLD, Element.ALIGN_RIGHT));
    document.add(table);

    document.add(gap);
    document.add(new Paragraph(printable(f.text(K + "totalExVat",
        f.kronor(basis.totalExVat()))), BODY));
    document.add(new Paragraph(printable(f.text(K + "totalVat", f.kronor(basis.totalVat()))),
        BODY));
    document.add(new Paragraph(printable(f.text(K + "toInvoice",
        f.kronor(basis.totalIncVat()))), TITLE));
    document.close();
    return out.toByteArray();
  }
}
