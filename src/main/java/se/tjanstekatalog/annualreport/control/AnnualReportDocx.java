package se.tjanstekatalog.annualreport.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Block;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Heading;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Image;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Paragraph;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Row;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Table;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.shared.ExportFile;

/**
 * The årsberättelse as an editable Word document (.docx, Apache POI XWPF): real heading styles
 * (Rubrik 1–3, so Word's navigation and table of contents work when the nämnd's secretary
 * edits it), tables with a header row, and the charts as PNG images.
 */
public final class AnnualReportDocx {
  /** Chart width in the document: the text width of an A4 page with 2 cm margins. */
  private static final int IMAGE_WIDTH_PT = 450;

  private AnnualReportDocx() {}

  public static ExportFile render(AnnualReport r) {
    long start = System.nanoTime();
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      headingStyles(doc);
      doc.getProperties().getCoreProperties().setTitle(AnnualReportLayout.title(r));
      for (Block b : AnnualReportLayout.blocks(r)) {
        add(doc, b);
      }
      doc.write(out);
      return new ExportFile(out.toByteArray(), fileName(r, "docx"),
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code arsberattelse-2026.docx}, or {@code arsberattelse-2026-tom-2026-11.docx}. */
  public static String fileName(AnnualReport r, String extension) {
    return "arsberattelse-" + r.year()
        + (r.preliminary() && !r.empty() ? "-tom-" + r.through() : "") + "." + extension;
  }

  private static void add(XWPFDocument doc, Block b) throws IOException {
    if (b instanceof Heading h) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle(h.level() == 0 ? "Title" : "Heading" + h.level());
      XWPFRun run = p.createRun();
      run.setText(h.text());
      run.setBold(true);
      run.setFontSize(h.level() == 0 ? 20 : h.level() == 1 ? 16 : h.level() == 2 ? 13 : 11);
    } else if (b instanceof Paragraph t) {
      XWPFRun run = doc.createParagraph().createRun();
      run.setText(t.text());
      run.setItalic(t.note());
    } else if (b instanceof Table t) {
      table(doc, t);
    } else if (b instanceof Image i) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      int height = IMAGE_WIDTH_PT * i.height() / i.width();
      try {
        p.createRun().addPicture(new ByteArrayInputStream(i.png()),
            XWPFDocument.PICTURE_TYPE_PNG, i.title() + ".png", Units.toEMU(IMAGE_WIDTH_PT),
            Units.toEMU(height));
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        throw new IOException(e);
      }
      doc.createParagraph().createRun().setText(i.title());
    }
  }

  private static void table(XWPFDocument doc, Table t) {
    XWPFParagraph caption = doc.createParagraph();
    XWPFRun c = caption.createRun();
    c.setText(t.caption());
    c.setBold(true);
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
    table.setWidth("100%");
    fill(table.getRow(0), t.headers(), true, t.firstNumeric());
    table.getRow(0).setRepeatHeader(true);
    for (int i = 0; i < t.rows().size(); i++) {
      Row row = t.rows().get(i);
      fill(table.getRow(i + 1), row.cells(), row.bold(), t.firstNumeric());
    }
    doc.createParagraph();
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold,
      int firstNumeric) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFTableCell cell = row.getCell(i);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(i >= firstNumeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      XWPFRun run = p.createRun();
      run.setText(cells.get(i));
      run.setBold(bold);
      run.setFontSize(9);
    }
  }

  /** Title and Heading1–3 as paragraph styles, so Word sees them as headings. */
  private static void headingStyles(XWPFDocument doc) {
    CTStyles ct = CTStyles.Factory.newInstance();
    String[][] styles = {{"Title", "Title"}, {"Heading1", "heading 1"},
        {"Heading2", "heading 2"}, {"Heading3", "heading 3"}};
    for (int i = 0; i < styles.length; i++) {
      CTStyle s = ct.addNewStyle();
      s.setStyleId(styles[i][0]);
      s.addNewName().setVal(styles[i][1]);
      s.setType(STStyleType.PARAGRAPH);
      s.addNewQFormat();
      if (i > 0) {
        s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(i - 1));
      }
    }
    doc.createStyles().setStyles(ct);
  }
}
