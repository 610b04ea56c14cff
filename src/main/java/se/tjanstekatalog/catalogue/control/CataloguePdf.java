package se.tjanstekatalog.catalogue.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The catalogue of one month as a printable A4 PDF in Swedish: per service area, each service
 * with its facts and a table that puts its levels side by side, promise by promise.
 */
public final class CataloguePdf {
  private static final float MARGIN = 40f;
  private static final float FOOTER_Y = 22f;
  /** Below this much space left on a page, a service starts on the next page. */
  private static final float MIN_SPACE_FOR_SERVICE = 160f;
  private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final Font title = font(BaseFont.HELVETICA_BOLD, 20f);
  private final Font areaHeading = font(BaseFont.HELVETICA_BOLD, 15f);
  private final Font serviceHeading = font(BaseFont.HELVETICA_BOLD, 12f);
  private final Font body = font(BaseFont.HELVETICA, 10f);
  private final Font small = font(BaseFont.HELVETICA, 8.5f);
  private final Font smallBold = font(BaseFont.HELVETICA_BOLD, 8.5f);

  private CataloguePdf() {}

  /** The PDF bytes; every page has a "Sida N av M" footer. */
  public static byte[] render(CatalogueView view) {
    Objects.requireNonNull(view, "view");
    byte[] pages = new CataloguePdf().body(view);
    return numberPages(pages, footerTitle(view));
  }

  private byte[] body(CatalogueView view) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10f);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    document.addTitle(footerTitle(view));
    // Lets screen readers and copy-paste treat the text as Swedish.
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
    document.open();

    document.add(paragraph(Messages.sv("export.catalogue.title"), title, 0f));
    document.add(paragraph(view.municipality(), serviceHeading, 4f));
    document.add(paragraph(
        Messages.sv("export.catalogue.validIn", SwedishFormat.month(view.asOf())), body, 2f));
    document.add(paragraph(
        Messages.sv("export.catalogue.priceList", priceListText(view)), body, 2f));
    document.add(paragraph(Messages.sv("export.catalogue.vat"), small, 2f));

    if (view.services().isEmpty()) {
      document.add(paragraph(Messages.sv("export.catalogue.noServices"), body, 18f));
    }
    String currentArea = null;
    for (ServiceView service : view.services()) {
      // Services arrive sorted by area; a new area code opens a new section.
      boolean newArea = !Objects.equals(service.areaCode(), currentArea);
      if (writer.getVerticalPosition(true) - document.bottom() < MIN_SPACE_FOR_SERVICE) {
        document.newPage();
      }
      if (newArea) {
        currentArea = service.areaCode();
        document.add(paragraph(service.areaName(), areaHeading, 18f));
      }
      addService(document, service);
    }
    document.close();
    return out.toByteArray();
  }

  private void addService(Document document, ServiceView service) {
    document.add(paragraph(service.name() + " (" + service.code() + ")", serviceHeading, 10f));
    if (hasText(service.description())) {
      document.add(paragraph(service.description(), body, 2f));
    }
    document.add(paragraph(Messages.sv("export.catalogue.facts", orMissing(service.unitLabel()),
        orMissing(service.financingLabel()), orMissing(service.lifecycleLabel())), small, 3f));
    String owner = owner(service);
    if (owner != null) {
      document.add(paragraph(Messages.sv("export.catalogue.owner", owner), small, 1f));
    }
    if (service.levels().isEmpty()) {
      document.add(paragraph(Messages.sv("export.catalogue.noLevels"), body, 4f));
    } else {
      document.add(levelTable(service.levels()));
    }
  }

  /** Levels as columns; rows: description, each promise (by row key), cost and price. */
  private PdfPTable levelTable(List<LevelView> levels) {
    float[] widths = new float[levels.size() + 1];
    Arrays.fill(widths, 1f);
    widths[0] = 1.3f;
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setSpacingBefore(6f);
    table.setHeaderRows(1);

    table.addCell(headerCell(Messages.sv("export.catalogue.level")));
    levels.forEach(level -> table.addCell(headerCell(level.name())));

    addRow(table, Messages.sv("export.catalogue.levelDescription"),
        levels.stream().map(LevelView::description).toList(), false);
    for (Map.Entry<String, String> row : commitmentRows(levels).entrySet()) {
      List<String> values = new ArrayList<>();
      for (LevelView level : levels) {
        values.add(level.commitments().stream()
            .filter(c -> c.rowKey().equals(row.getKey()))
            .map(CommitmentView::value)
            .findFirst()
            .orElse(null));
      }
      addRow(table, row.getValue(), values, false);
    }
    addRow(table, Messages.sv("export.catalogue.costPrice"),
        levels.stream().map(level -> kronor(level.costPrice())).toList(), true);
    addRow(table, Messages.sv("export.catalogue.chargedPrice"),
        levels.stream().map(level -> kronor(level.chargedPrice())).toList(), true);
    return table;
  }

  /** Row key → label, in the order the promises first appear across the levels. */
  private static Map<String, String> commitmentRows(List<LevelView> levels) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (LevelView level : levels) {
      for (CommitmentView commitment : level.commitments()) {
        rows.putIfAbsent(commitment.rowKey(), commitment.label());
      }
    }
    return rows;
  }

  private void addRow(PdfPTable table, String label, List<String> values, boolean amounts) {
    PdfPCell labelCell = cell(label, smallBold);
    table.addCell(labelCell);
    for (String value : values) {
      PdfPCell cell = cell(hasText(value) ? value : Messages.sv("export.catalogue.missing"),
          small);
      if (amounts) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      }
      table.addCell(cell);
    }
  }

  private PdfPCell headerCell(String text) {
    PdfPCell cell = cell(text, smallBold);
    cell.setBackgroundColor(HEADER_BACKGROUND);
    return cell;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
    cell.setPadding(4f);
    cell.setBorderColor(Color.GRAY);
    return cell;
  }

  private static Paragraph paragraph(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(printable(text), font);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  /**
   * Stamps "Sida N av M" on every page. The total is only known once the body is laid out, so
   * the body is rendered first and numbered in a second pass.
   */
  private static byte[] numberPages(byte[] pdf, String footerTitle) {
    try {
      PdfReader reader = new PdfReader(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfStamper stamper = new PdfStamper(reader, out);
      int total = reader.getNumberOfPages();
      Font footer = font(BaseFont.HELVETICA, 8f);
      for (int page = 1; page <= total; page++) {
        PdfContentByte canvas = stamper.getOverContent(page);
        float right = reader.getPageSize(page).getWidth() - MARGIN;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
            new Phrase(printable(footerTitle), footer), MARGIN, FOOTER_Y, 0f);
        String number = Messages.sv("export.catalogue.page", String.valueOf(page),
            String.valueOf(total));
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
            new Phrase(printable(number), footer), right, FOOTER_Y, 0f);
      }
      stamper.close();
      reader.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not number the catalogue PDF pages", e);
    }
  }

  /** "Tjänstekatalog – Ängsö kommun – 2026-07": names a loose printed page. */
  private static String footerTitle(CatalogueView view) {
    return String.join(" – ", Messages.sv("export.catalogue.title"),
        Objects.toString(view.municipality(), ""), SwedishFormat.month(view.asOf()));
  }

  private static String priceListText(CatalogueView view) {
    if (!hasText(view.priceListName())) {
      return Messages.sv("export.catalogue.priceList.none");
    }
    return view.priceListDraft()
        ? view.priceListName() + " " + Messages.sv("export.catalogue.priceList.draft")
        : view.priceListName();
  }

  private static String owner(ServiceView service) {
    if (hasText(service.ownerRole()) && hasText(service.ownerContact())) {
      return service.ownerRole() + ", " + service.ownerContact();
    }
    if (hasText(service.ownerRole())) {
      return service.ownerRole();
    }
    return hasText(service.ownerContact()) ? service.ownerContact() : null;
  }

  private static String kronor(Amount amount) {
    return amount == null ? null : amount.toString();
  }

  private static String orMissing(String text) {
    return hasText(text) ? text : Messages.sv("export.catalogue.missing");
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  /**
   * Text the built-in Helvetica can show. It is not embedded and encodes Cp1252 (å ä ö, – and
   * the no-break space of our amounts are in it); OpenPDF silently drops anything else, which
   * would turn "≤ 4 h" into "4 h". Common symbols get an ASCII stand-in, the rest a "?".
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    CharsetEncoder encoder = CP1252.newEncoder();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\u2264' -> out.append("<=");
        case '\u2265' -> out.append(">=");
        case '\u2192' -> out.append("->");
        case '\u2212' -> out.append('-');
        case '\u202f', '\u2009', '\u2007' -> out.append('\u00a0');
        default -> {
          String s = Character.toString(c);
          out.append(encoder.canEncode(s) ? s : "?");
        }
      }
    });
    return out.toString();
  }

  private static Font font(String name, float size) {
    try {
      return new Font(BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED), size);
    } catch (IOException e) {
      throw new UncheckedIOException("Built-in font " + name + " is missing", e);
    }
  }
}
