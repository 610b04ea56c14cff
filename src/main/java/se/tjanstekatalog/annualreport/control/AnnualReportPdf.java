package se.tjanstekatalog.annualreport.control;

import static se.tjanstekatalog.shared.PdfKit.font;
import static se.tjanstekatalog.shared.PdfKit.printable;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Block;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Heading;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Image;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Paragraph;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Row;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Table;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.shared.ExportFile;
import se.tjanstekatalog.shared.PdfKit;

/**
 * The årsberättelse as a print-quality A4 PDF (OpenPDF, the statements' {@link PdfKit}): the
 * same blocks as the Word document, each area on a new page, table headers repeated on every
 * page, the charts as images, and the title with the page number at the foot of each page.
 */
public final class AnnualReportPdf {
  private static final float MARGIN = 42f;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
  private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 18f);
  private static final Font H1 = font(BaseFont.HELVETICA_BOLD, 14f);
  private static final Font H2 = font(BaseFont.HELVETICA_BOLD, 11.5f);
  private static final Font H3 = font(BaseFont.HELVETICA_BOLD, 10f);
  private static final Font BODY = font(BaseFont.HELVETICA, 9.5f);
  private static final Font NOTE = font(BaseFont.HELVETICA_OBLIQUE, 9f);
  private static final Font CELL = font(BaseFont.HELVETICA, 8f);
  private static final Font CELL_BOLD = font(BaseFont.HELVETICA_BOLD, 8f);
  private static final Font SMALL = font(BaseFont.HELVETICA, 7.5f);

  private AnnualReportPdf() {}

  public static ExportFile render(AnnualReport r) {
    long start = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14f);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      String title = AnnualReportLayout.title(r);
      writer.setPageEvent(new Footer(title));
      document.addTitle(title);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
      document.open();
      boolean firstSection = true;
      for (Block b : AnnualReportLayout.blocks(r)) {
        if (b instanceof Heading h && h.level() == 1 && !firstSection) {
          document.newPage();
        }
        if (b instanceof Heading h && h.level() == 1) {
          firstSection = false;
        }
        add(document, b);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the annual report PDF", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportFile(out.toByteArray(), AnnualReportDocx.fileName(r, "pdf"),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static void add(Document d, Block b) throws DocumentException, IOException {
    if (b instanceof Heading h) {
      Font f = switch (h.level()) {
        case 0 -> TITLE;
        case 1 -> H1;
        case 2 -> H2;
        default -> H3;
      };
      com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(printable(h.text()), f);
      p.setSpacingBefore(h.level() <= 1 ? 4f : 10f);
      p.setSpacingAfter(4f);
      d.add(p);
    } else if (b instanceof Paragraph t) {
      com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(printable(t.text()),
          t.note() ? NOTE : BODY);
      p.setSpacingAfter(4f);
      d.add(p);
    } else if (b instanceof Table t) {
      d.add(table(t));
    } else if (b instanceof Image i) {
      com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(i.png());
      image.scaleToFit(d.right() - d.left(), 300f);
      image.setAlignment(Element.ALIGN_CENTER);
      image.setAlt(printable(i.title()));
      d.add(image);
      d.add(Chunk.NEWLINE);
    }
  }

  private static PdfPTable table(Table t) {
    PdfPTable table = new PdfPTable(t.headers().size());
    table.setWidthPercentage(100f);
    table.setHeaderRows(2);
    table.setSpacingAfter(8f);
    PdfPCell caption = new PdfPCell(new Phrase(printable(t.caption()), H3));
    caption.setColspan(t.headers().size());
    caption.setBorder(0);
    caption.setPaddingBottom(4f);
    table.addCell(caption);
    for (int i = 0; i < t.headers().size(); i++) {
      PdfPCell cell = PdfKit.cell(t.headers().get(i), CELL_BOLD, align(t, i));
      cell.setBackgroundColor(HEADER_BACKGROUND);
      table.addCell(cell);
    }
    for (Row row : t.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        table.addCell(PdfKit.cell(row.cells().get(i), row.bold() ? CELL_BOLD : CELL,
            align(t, i)));
      }
    }
    return table;
  }

  private static int align(Table t, int column) {
    return column >= t.firstNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
  }

  /** The title and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String title;

    Footer(String title) {
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase(printable(AnnualReportLayout.msg("page", title,
              String.valueOf(writer.getPageNumber()))), SMALL),
          (document.left() + document.right()) / 2, document.bottom() - 16f, 0);
    }
  }
}
