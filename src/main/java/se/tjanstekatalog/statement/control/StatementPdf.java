package se.tjanstekatalog.statement.control;

import static se.tjanstekatalog.accounting.control.InvoiceBasisPdf.cell;
import static se.tjanstekatalog.accounting.control.InvoiceBasisPdf.font;
import static se.tjanstekatalog.accounting.control.InvoiceBasisPdf.kr;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
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
import java.math.BigDecimal;
import se.tjanstekatalog.accounting.control.InvoiceBasisPdf;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * One org's statement (månadsbesked) as a printable A4 PDF in Swedish: the binding lines by
 * service area with subtotals, the pooled shares, the adjustments, the totals exactly as the
 * page shows them, VAT for bolag, the change against earlier months, later corrections as a
 * note, and the page number on every page.
 */
public final class StatementPdf {
  private static final float MARGIN = 36f;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
  private static final Color GROUP_BACKGROUND = new Color(0xF4, 0xF6, 0xF8);
  private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 16f);
  private static final Font HEADING = font(BaseFont.HELVETICA_BOLD, 11.5f);
  private static final Font BODY = font(BaseFont.HELVETICA, 9.5f);
  private static final Font SMALL = font(BaseFont.HELVETICA, 8f);
  private static final Font SMALL_BOLD = font(BaseFont.HELVETICA_BOLD, 8f);
  private static final int L = Element.ALIGN_LEFT;
  private static final int R = Element.ALIGN_RIGHT;

  private StatementPdf() {}

  public static byte[] render(Statement s, String municipality) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14f);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    String month = SwedishFormat.month(s.month());
    writer.setPageEvent(new PageNumbers("Månadsbesked " + s.orgName() + " " + month));
    document.addTitle("Månadsbesked " + s.orgName() + " " + month);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
    document.open();
    document.add(new Paragraph(text("Månadsbesked " + month), TITLE));
    document.add(new Paragraph(text(s.orgName() + " (" + s.orgCode() + "), "
        + (s.company() ? "bolag" : "förvaltning")), HEADING));
    document.add(new Paragraph(text(municipality + ", IT-organisationen. Status: "
        + Messages.sv("period.status." + s.status())), BODY));

    heading(document, "Bindande rader per tjänsteområde");
    if (s.areaGroups().isEmpty()) {
      document.add(new Paragraph(text("Inga bindande rader med antal denna månad."), BODY));
    } else {
      PdfPTable t = table(new float[] {4f, 2.4f, 1.4f, 1.6f, 2f},
          "Tjänst", "Nivå", "Antal", "À-pris", "Belopp");
      for (Statement.AreaGroup g : s.areaGroups()) {
        PdfPCell group = cell(g.areaName(), SMALL_BOLD, L);
        group.setColspan(5);
        group.setBackgroundColor(GROUP_BACKGROUND);
        t.addCell(group);
        for (Statement.Line l : g.lines()) {
          t.addCell(cell(l.serviceName(), SMALL, L));
          t.addCell(cell(l.levelName(), SMALL, L));
          t.addCell(cell(SwedishFormat.decimal(l.quantity(), 4), SMALL, R));
          t.addCell(cell(kr(l.unitPrice()), SMALL, R));
          t.addCell(cell(kr(l.amount()), SMALL, R));
        }
        sumRow(t, "Summa " + g.areaName(), g.total(), 5);
      }
      document.add(t);
    }

    if (!s.pooledLines().isEmpty()) {
      heading(document, "Solidarisk fördelning (andel av pooler)");
      PdfPTable t = table(new float[] {3.2f, 2.2f, 1.7f, 1.9f, 1.3f, 2f},
          "Pool", "Fördelningsnyckel", "Ert nyckelvärde", "Nyckel totalt", "Andel", "Belopp");
      for (Statement.Line l : s.pooledLines()) {
        t.addCell(cell(l.poolName() + " (" + l.areaName() + ")", SMALL, L));
        t.addCell(cell(l.poolKey() == null ? "" : Messages.sv("allocationKey." + l.poolKey()),
            SMALL, L));
        t.addCell(cell(SwedishFormat.decimal(l.keyValue(), 4), SMALL, R));
        t.addCell(cell(SwedishFormat.decimal(l.keyTotal(), 4), SMALL, R));
        t.addCell(cell(share(l.sharePercent()), SMALL, R));
        t.addCell(cell(kr(l.amount()), SMALL, R));
      }
      sumRow(t, "Summa solidarisk fördelning", s.pooledTotal(), 6);
      document.add(t);
    }

    if (!s.adjustments().isEmpty()) {
      heading(document, "Justeringar av fastställda månader");
      PdfPTable t = table(new float[] {1.4f, 4.5f, 2f, 3.5f},
          "Ursprunglig månad", "Rad", "Belopp", "Orsak");
      for (Statement.Adjustment a : s.adjustments()) {
        t.addCell(cell(SwedishFormat.month(a.originalMonth()), SMALL, L));
        t.addCell(cell(a.originalLabel(), SMALL, L));
        t.addCell(cell(kr(a.amount()), SMALL, R));
        t.addCell(cell(a.reason(), SMALL, L));
      }
      PdfPCell label = cell("Summa justeringar", SMALL_BOLD, L);
      label.setColspan(2);
      t.addCell(label);
      t.addCell(cell(kr(s.adjustmentsTotal()), SMALL_BOLD, R));
      t.addCell(cell("", SMALL, L));
      document.add(t);
    }

    heading(document, "Summering");
    PdfPTable totals = new PdfPTable(new float[] {5f, 2.2f});
    totals.setWidthPercentage(60f);
    totals.setHorizontalAlignment(L);
    pair(totals, "Bindande rader (skarpt)", kr(s.bindingLinesTotal()), false);
    pair(totals, "Justeringar", kr(s.adjustmentsTotal()), false);
    pair(totals, "Att betala, bindande totalt" + (s.company() ? " exkl. moms" : ""),
        kr(s.bindingTotal()), true);
    pair(totals, "Skuggmodellens totalt (skugga)", kr(s.shadowTotal()), false);
    pair(totals, "Skillnad skarpt – skugga", kr(s.difference()), false);
    pair(totals, "Skillnad i procent av skuggan", s.differencePercent() == null ? "–"
        : SwedishFormat.percent(s.differencePercent()), false);
    Statement.Vat vat = s.vat();
    if (vat != null) {
      pair(totals, "Belopp exkl. moms", kr(vat.excludingVat()), false);
      pair(totals, "Moms", kr(vat.vat()), false);
      pair(totals, "Belopp inkl. moms", kr(vat.includingVat()), true);
    }
    document.add(totals);

    heading(document, "Förändring av bindande rader");
    PdfPTable effects = table(new float[] {2.6f, 2f, 2f, 2f, 1.8f, 1.8f, 1.8f},
        "Jämfört med", "Då", "Nu", "Förändring", "Pris", "Volym", "Fördelning");
    effectsRow(effects, "Föregående månad", s.month().minusMonths(1), s.vsPreviousMonth());
    effectsRow(effects, "Samma månad i fjol", s.month().minusYears(1), s.vsLastYear());
    document.add(effects);
    document.add(new Paragraph(text("Volym = ändrat antal × tidigare à-pris; pris = resten av"
        + " radens förändring; för pooler: pris = poolens ändrade kostnad × tidigare andel,"
        + " fördelning = resten (ändrad andel). Nya och borttagna rader räknas som volym"
        + " (pooler: fördelning), byte av bindande modell som fördelning. Justeringar ingår"
        + " inte."), SMALL));

    if (!s.laterCorrections().isEmpty()) {
      heading(document, "Rättelser gjorda senare");
      document.add(new Paragraph(text("Rättelserna är bokförda i senare månader och ingår inte"
          + " i denna månads summor."), SMALL));
      PdfPTable t = table(new float[] {1.6f, 4.5f, 2f, 3.5f},
          "Bokförd i månad", "Rad", "Belopp", "Orsak");
      for (Statement.LaterCorrection c : s.laterCorrections()) {
        t.addCell(cell(SwedishFormat.month(c.bookedIn()), SMALL, L));
        t.addCell(cell(c.originalLabel(), SMALL, L));
        t.addCell(cell(kr(c.amount()), SMALL, R));
        t.addCell(cell(c.reason(), SMALL, L));
      }
      document.add(t);
    }
    document.close();
    return out.toByteArray();
  }

  private static void effectsRow(PdfPTable t, String label, java.time.YearMonth month,
      Effects e) {
    t.addCell(cell(label + " (" + SwedishFormat.month(month) + ")", SMALL, L));
    if (e == null) {
      PdfPCell missing = cell("saknas (månaden är inte beräknad)", SMALL, L);
      missing.setColspan(6);
      t.addCell(missing);
      return;
    }
    for (BigDecimal v : new BigDecimal[] {e.before(), e.after(), e.change(), e.price(),
        e.volume(), e.allocation()}) {
      t.addCell(cell(kr(v), SMALL, R));
    }
  }

  private static void heading(Document d, String text) {
    Paragraph p = new Paragraph(text(text), HEADING);
    p.setSpacingBefore(10f);
    p.setSpacingAfter(4f);
    d.add(p);
  }

  private static PdfPTable table(float[] widths, String... headers) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100f);
    t.setHeaderRows(1);
    for (String h : headers) {
      PdfPCell c = cell(h, SMALL_BOLD, L);
      c.setBackgroundColor(HEADER_BACKGROUND);
      t.addCell(c);
    }
    return t;
  }

  private static void sumRow(PdfPTable t, String label, BigDecimal amount, int columns) {
    PdfPCell c = cell(label, SMALL_BOLD, L);
    c.setColspan(columns - 1);
    t.addCell(c);
    t.addCell(cell(kr(amount), SMALL_BOLD, R));
  }

  private static void pair(PdfPTable t, String label, String value, boolean bold) {
    t.addCell(cell(label, bold ? SMALL_BOLD : SMALL, L));
    t.addCell(cell(value, bold ? SMALL_BOLD : SMALL, R));
  }

  private static String share(BigDecimal percent) {
    return percent == null ? "" : SwedishFormat.decimal(percent, 2) + "\u00a0%";
  }

  private static String text(String s) {
    return InvoiceBasisPdf.printable(s);
  }

  /** "Månadsbesked … · Sida n" at the foot of every page. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private final String title;

    PageNumbers(String title) {
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase(text(title + " · Sida " + writer.getPageNumber()), SMALL),
          (document.left() + document.right()) / 2, document.bottom() - 16f, 0);
    }
  }
}
