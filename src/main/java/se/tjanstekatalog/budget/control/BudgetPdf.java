package se.tjanstekatalog.budget.control;

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
import java.util.List;
import se.tjanstekatalog.budget.control.BudgetInputs.AreaInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.Basis;
import se.tjanstekatalog.budget.control.BudgetInputs.OrgInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.shared.ExportFormat;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * One org's budgetunderlag as a printable A4 PDF in Swedish: its areas under both models with
 * the binding amount and the price and volume effect, then its planned volumes line by line.
 */
public final class BudgetPdf {
  private static final float MARGIN = 36f;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
  private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 16f);
  private static final Font BODY = font(BaseFont.HELVETICA, 10f);
  private static final Font SMALL = font(BaseFont.HELVETICA, 8f);
  private static final Font SMALL_BOLD = font(BaseFont.HELVETICA_BOLD, 8f);
  private static final String K = "budgetBasis.";

  private BudgetPdf() {}

  public static String fileName(int year, OrgInfo org) {
    return "budgetunderlag-" + year + "-" + org.code().toLowerCase() + ".pdf";
  }

  public static byte[] render(Basis basis, OrgInfo org) {
    ExportFormat f = ExportFormat.of(SwedishFormat.SWEDISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    String title = f.text(K + "excel.title", String.valueOf(basis.year())) + " – "
        + org.name();
    document.addTitle(printable(title));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(f.languageTag()));
    document.open();
    document.add(new Paragraph(printable(title), TITLE));
    if (basis.months() > 0) {
      document.add(new Paragraph(printable(f.text(K + "facts") + " " + f.month(basis.from())
          + " – " + f.month(basis.to()) + " (" + basis.months() + ")."), BODY));
    }
    document.add(new Paragraph(" ", BODY));

    List<AreaTotal> totals = basis.result().totalsOf(org.id());
    PdfPTable areas = table(f, new float[] {3f, 2.4f, 1.8f, 1.8f, 1.8f, 1.8f, 1.6f, 1.6f},
        "area", "model", "chargeback", "allocation", "binding", "last", "priceEffect",
        "volumeEffect");
    for (AreaTotal t : totals) {
      AreaInfo a = basis.area(t.areaId());
      left(areas, a == null ? "" : a.name());
      left(areas, f.text(t.binding().messageKey()) + (t.switchMonth() == null ? ""
          : " (" + f.text(K + "switches") + " " + f.month(t.switchMonth()) + ")"));
      right(areas, f.amount(t.chargeback()), SMALL);
      right(areas, f.amount(t.allocation()), SMALL);
      right(areas, f.amount(t.bindingAmount()), SMALL_BOLD);
      right(areas, f.amount(t.lastChargeback()), SMALL);
      right(areas, f.amount(t.priceEffect()), SMALL);
      right(areas, f.amount(t.volumeEffect()), SMALL);
    }
    areas.addCell(cell(f.text(K + "total"), SMALL_BOLD, Element.ALIGN_LEFT));
    left(areas, "");
    right(areas, f.amount(Result.sum(totals, AreaTotal::chargeback)), SMALL_BOLD);
    right(areas, f.amount(Result.sum(totals, AreaTotal::allocation)), SMALL_BOLD);
    right(areas, f.amount(Result.binding(totals)), SMALL_BOLD);
    right(areas, f.amount(Result.sum(totals, AreaTotal::lastChargeback)), SMALL_BOLD);
    right(areas, f.amount(Result.sum(totals, AreaTotal::priceEffect)), SMALL_BOLD);
    right(areas, f.amount(Result.sum(totals, AreaTotal::volumeEffect)), SMALL_BOLD);
    document.add(areas);
    document.add(new Paragraph(" ", BODY));

    document.add(new Paragraph(printable(f.text(K + "volumes")), BODY));
    PdfPTable lines = table(f, new float[] {4f, 2f, 1.6f, 1.4f, 1.6f, 1.4f, 1.8f, 3f},
        "service", "level", "lastVolume", "lastPrice", "planned", "price", "amount",
        "comment");
    for (VolumeRow v : basis.volumes()) {
      if (v.org().id() != org.id()) {
        continue;
      }
      left(lines, v.level().serviceCode() + " " + v.level().serviceName());
      left(lines, v.level().levelName());
      right(lines, f.decimal(v.volume().lastVolume(), 4), SMALL);
      right(lines, v.volume().lastPrice() == null ? "–" : f.amount(v.volume().lastPrice()),
          SMALL);
      right(lines, f.decimal(v.volume().planned(), 4), SMALL);
      right(lines, v.nextPrice() == null ? "–" : f.amount(v.nextPrice()), SMALL);
      right(lines, v.nextAmount() == null ? "–" : f.amount(v.nextAmount()), SMALL);
      left(lines, v.comment());
    }
    document.add(lines);
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable table(ExportFormat f, float[] widths, String... columns) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    for (String column : columns) {
      PdfPCell c = cell(f.text(K + "column." + column), SMALL_BOLD, Element.ALIGN_LEFT);
      c.setBackgroundColor(HEADER_BACKGROUND);
      table.addCell(c);
    }
    return table;
  }

  private static void left(PdfPTable table, String text) {
    table.addCell(cell(text, SMALL, Element.ALIGN_LEFT));
  }

  private static void right(PdfPTable table, String text, Font font) {
    table.addCell(cell(text, font, Element.ALIGN_RIGHT));
  }
}
