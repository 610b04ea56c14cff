package se.tjanstekatalog.statement.control;

import static se.tjanstekatalog.shared.PdfKit.cell;
import static se.tjanstekatalog.shared.PdfKit.font;
import static se.tjanstekatalog.shared.PdfKit.printable;

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
import java.util.List;
import java.util.Locale;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * One org's statement (månadsbesked) as a printable A4 PDF in Swedish or English: the binding
 * lines by service area with subtotals, the pooled shares, the adjustments, the totals exactly
 * as the page shows them, VAT for bolag, the change against earlier months, later corrections
 * as a note, and the page number on every page. Texts from the bundle's {@code
 * export.statement.*}, figures as {@link ExportFormat} writes them.
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
  private static final String K = "export.statement.";

  private StatementPdf() {}

  /** The Swedish PDF. */
  public static byte[] render(Statement s, String municipality) {
    return render(s, municipality, SwedishFormat.SWEDISH);
  }

  public static byte[] render(Statement s, String municipality, Locale locale) {
    ExportFormat f = ExportFormat.of(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14f);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    String month = f.month(s.month());
    String title = msg(f, "documentTitle", s.orgName(), month);
    writer.setPageEvent(new PageNumbers(f, title));
    document.addTitle(title);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(f.languageTag()));
    document.open();
    document.add(new Paragraph(text(msg(f, "title", month)), TITLE));
    document.add(new Paragraph(text(StatementRows.orgLine(s, f)), HEADING));
    document.add(new Paragraph(text(msg(f, "issuer", municipality,
        f.text("period.status." + s.status()))), BODY));

    heading(document, msg(f, "lines"));
    if (s.areaGroups().isEmpty()) {
      document.add(new Paragraph(text(msg(f, "noLines")), BODY));
    } else {
      PdfPTable t = table(f, new float[] {4f, 2.4f, 1.4f, 1.6f, 2f},
          "service", "level", "quantity", "unitPrice", "amount");
      for (Statement.AreaGroup g : s.areaGroups()) {
        PdfPCell group = cell(g.areaName(), SMALL_BOLD, L);
        group.setColspan(5);
        group.setBackgroundColor(GROUP_BACKGROUND);
        t.addCell(group);
        for (Statement.Line l : g.lines()) {
          t.addCell(cell(l.serviceName(), SMALL, L));
          t.addCell(cell(l.levelName(), SMALL, L));
          t.addCell(cell(f.decimal(l.quantity(), 4), SMALL, R));
          t.addCell(cell(f.amount(l.unitPrice()), SMALL, R));
          t.addCell(cell(f.amount(l.amount()), SMALL, R));
        }
        sumRow(f, t, msg(f, "areaTotal", g.areaName()), g.total(), 5);
      }
      document.add(t);
    }

    if (!s.pooledLines().isEmpty()) {
      heading(document, msg(f, "pools"));
      PdfPTable t = table(f, new float[] {3.2f, 2.2f, 1.7f, 1.9f, 1.3f, 2f},
          "pool", "key", "yourKeyValue", "keyTotal", "share", "amount");
      for (Statement.Line l : s.pooledLines()) {
        t.addCell(cell(l.poolName() + " (" + l.areaName() + ")", SMALL, L));
        t.addCell(cell(l.poolKey() == null ? "" : f.text("allocationKey." + l.poolKey()),
            SMALL, L));
        t.addCell(cell(f.decimal(l.keyValue(), 4), SMALL, R));
        t.addCell(cell(f.decimal(l.keyTotal(), 4), SMALL, R));
        t.addCell(cell(f.percent(l.sharePercent(), 2), SMALL, R));
        t.addCell(cell(f.amount(l.amount()), SMALL, R));
      }
      sumRow(f, t, msg(f, "poolsTotal"), s.pooledTotal(), 6);
      document.add(t);
    }

    if (!s.adjustments().isEmpty()) {
      heading(document, msg(f, "adjustments"));
      PdfPTable t = table(f, new float[] {1.4f, 4.5f, 2f, 3.5f},
          "originalMonth", "line", "amount", "reason");
      for (Statement.Adjustment a : s.adjustments()) {
        t.addCell(cell(f.month(a.originalMonth()), SMALL, L));
        t.addCell(cell(a.originalLabel(), SMALL, L));
        t.addCell(cell(f.amount(a.amount()), SMALL, R));
        t.addCell(cell(a.reason(), SMALL, L));
      }
      PdfPCell label = cell(msg(f, "adjustmentsTotal"), SMALL_BOLD, L);
      label.setColspan(2);
      t.addCell(label);
      t.addCell(cell(f.amount(s.adjustmentsTotal()), SMALL_BOLD, R));
      t.addCell(cell("", SMALL, L));
      document.add(t);
    }

    heading(document, msg(f, "summary"));
    PdfPTable totals = new PdfPTable(new float[] {5f, 2.2f});
    totals.setWidthPercentage(60f);
    totals.setHorizontalAlignment(L);
    pair(totals, msg(f, "bindingLines"), f.amount(s.bindingLinesTotal()), false);
    pair(totals, msg(f, "adjustmentsSum"), f.amount(s.adjustmentsTotal()), false);
    pair(totals, msg(f, s.company() ? "toPayExVat" : "toPay"), f.amount(s.bindingTotal()), true);
    pair(totals, msg(f, "shadow"), f.amount(s.shadowTotal()), false);
    pair(totals, msg(f, "difference"), f.amount(s.difference()), false);
    pair(totals, msg(f, "differencePercent"), s.differencePercent() == null ? "–"
        : f.percent(s.differencePercent()), false);
    Statement.Vat vat = s.vat();
    if (vat != null) {
      pair(totals, msg(f, "exVat"), f.amount(vat.excludingVat()), false);
      pair(totals, msg(f, "vat"), f.amount(vat.vat()), false);
      pair(totals, msg(f, "incVat"), f.amount(vat.includingVat()), true);
    }
    document.add(totals);

    heading(document, msg(f, "change"));
    PdfPTable effects = table(f, new float[] {2.6f, 2f, 2f, 2f, 1.8f, 1.8f, 1.8f},
        "comparedWith", "then", "now", "change", "price", "volume", "allocation");
    effectsRow(f, effects, msg(f, "previousMonth"), s.month().minusMonths(1),
        s.vsPreviousMonth());
    effectsRow(f, effects, msg(f, "lastYear"), s.month().minusYears(1), s.vsLastYear());
    document.add(effects);
    document.add(new Paragraph(text(msg(f, "effectsNote")), SMALL));

    if (!s.laterCorrections().isEmpty()) {
      heading(document, msg(f, "later"));
      document.add(new Paragraph(text(msg(f, "laterNote")), SMALL));
      PdfPTable t = table(f, new float[] {1.6f, 4.5f, 2f, 3.5f},
          "bookedIn", "line", "amount", "reason");
      for (Statement.LaterCorrection c : s.laterCorrections()) {
        t.addCell(cell(f.month(c.bookedIn()), SMALL, L));
        t.addCell(cell(c.originalLabel(), SMALL, L));
        t.addCell(cell(f.amount(c.amount()), SMALL, R));
        t.addCell(cell(c.reason(), SMALL, L));
      }
      document.add(t);
    }
    document.close();
    return out.toByteArray();
  }

  /** A text of {@code export.statement.*}. */
  private static String msg(ExportFormat f, String key, Object... args) {
    return f.text(K + key, args);
  }

  private static void effectsRow(ExportFormat f, PdfPTable t, String label,
      java.time.YearMonth month, Effects e) {
    t.addCell(cell(label + " (" + f.month(month) + ")", SMALL, L));
    if (e == null) {
      PdfPCell missing = cell(msg(f, "notComputed"), SMALL, L);
      missing.setColspan(6);
      t.addCell(missing);
      return;
    }
    for (Amount v : List.of(e.before(), e.after(), e.change(), e.price(), e.volume(),
        e.allocation())) {
      t.addCell(cell(f.amount(v), SMALL, R));
    }
  }

  private static void heading(Document d, String text) {
    Paragraph p = new Paragraph(text(text), HEADING);
    p.setSpacingBefore(10f);
    p.setSpacingAfter(4f);
    d.add(p);
  }

  /** A full-width table whose header row has the texts of {@code export.statement.column.*}. */
  private static PdfPTable table(ExportFormat f, float[] widths, String... columns) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100f);
    t.setHeaderRows(1);
    for (String column : columns) {
      PdfPCell c = cell(msg(f, "column." + column), SMALL_BOLD, L);
      c.setBackgroundColor(HEADER_BACKGROUND);
      t.addCell(c);
    }
    return t;
  }

  private static void sumRow(ExportFormat f, PdfPTable t, String label, Amount amount,
      int columns) {
    PdfPCell c = cell(label, SMALL_BOLD, L);
    c.setColspan(columns - 1);
    t.addCell(c);
    t.addCell(cell(f.amount(amount), SMALL_BOLD, R));
  }

  private static void pair(PdfPTable t, String label, String value, boolean bold) {
    t.addCell(cell(label, bold ? SMALL_BOLD : SMALL, L));
    t.addCell(cell(value, bold ? SMALL_BOLD : SMALL, R));
  }

  private static String text(String s) {
    return printable(s);
  }

  /** "Månadsbesked … · Sida n" at the foot of every page. */
  private static final class PageNumbers extends PdfPageEventHelper {
    private final ExportFormat format;
    private final String title;

    PageNumbers(ExportFormat format, String title) {
      this.format = format;
      this.title = title;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase(text(msg(format, "page", title, String.valueOf(writer.getPageNumber()))),
              SMALL),
          (document.left() + document.right()) / 2, document.bottom() - 16f, 0);
    }
  }
}
