package se.tjanstekatalog.statement.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.tjanstekatalog.accounting.domain.AccountingJournal.OrgCharge;
import se.tjanstekatalog.accounting.domain.AccountingRules;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.statement.domain.Effects;
import se.tjanstekatalog.accounting.domain.InvoiceBasis;
import se.tjanstekatalog.statement.domain.Statement;

/**
 * Statements, invoice bases and journals that reach every branch of the exports (VAT, pools,
 * adjustments, later corrections, a missing comparison month, no binding lines, a shadow of 0,
 * text Helvetica cannot show), and the exports' content as comparable text: a PDF's title,
 * language and page text; every cell of a workbook with its format.
 */
final class ExportFixtures {
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final String MUNICIPALITY = "Sjöstads kommun";

  private ExportFixtures() {}

  private static Statement.Line line(String key, String model, boolean binding, String area,
      String areaName, String service, String level, String quantity, String price,
      String amount, String vat) {
    return new Statement.Line(key, model, binding, area, areaName, service, level, null, null,
        null, null, "CONSUMPTION", new BigDecimal(quantity), new BigDecimal(price), null, null,
        Amount.of(amount), vat == null ? null : new BigDecimal(vat));
  }

  private static Statement.Line pool(String key, String area, String areaName, String code,
      String name, String keyName, String keyValue, String keyTotal, String amount) {
    return new Statement.Line(key, "ALLOCATION", true, area, areaName, null, null, code, name,
        keyName, Amount.of("1000000.00"), "POOL", null, null, new BigDecimal(keyValue),
        new BigDecimal(keyTotal), Amount.of(amount), null);
  }

  /** A bolag: VAT, a pool, an adjustment, a later correction, no month last year. */
  static Statement company() {
    Statement.Line mail = line("CHARGEBACK:1:1:1:-:CONSUMPTION", "CHARGEBACK", true, "KOM",
        "Kommunikation", "E-post", "Standard", "120.0000", "45.50", "5460.00", "25.00");
    Statement.Line phone = line("CHARGEBACK:1:2:2:-:CONSUMPTION", "CHARGEBACK", true, "KOM",
        "Kommunikation", "Mobiltelefoni", null, "3.5000", "1234567.89", "4320987.62", "6.00");
    Statement.Line pool = pool("ALLOCATION:2:-:-:3:POOL", "ARB", "Arbetsplats", "ARBPOOL",
        "Arbetsplatspoolen", "HEADCOUNT", "310", "31000", "10000.00");
    Statement.Line shadow = line("CHARGEBACK:2:4:5:-:CONSUMPTION", "CHARGEBACK", false, "ARB",
        "Arbetsplats", "Dator", "Standard", "20", "600.00", "12000.00", "25.00");
    Statement.Adjustment adj = new Statement.Adjustment(YearMonth.of(2026, 8), "Arbetsplats",
        "Arbetsplats / Arbetsplatspoolen", Amount.of("9000.00"), Amount.of("-234.56"),
        "Fel antal medarbetare i augusti");
    Statement.LaterCorrection later = new Statement.LaterCorrection(YearMonth.of(2026, 12),
        "Kommunikation / E-post / Standard", Amount.of("5460.00"),
        Amount.of("-45.50"), "Ett konto för mycket");
    Effects previous = Effects.of(NOV.minusMonths(1), List.of(mail), List.of(mail, pool,
        phone));
    return new Statement("BOAB", "Bostads AB", true, NOV, "PRELIMINARY",
        List.of(mail, phone, pool, shadow), List.of(adj), List.of(later),
        new BigDecimal("25.00"), previous, null);
  }

  /** A förvaltning with only shadow lines (shadow 0 elsewhere) and both comparison months. */
  static Statement empty() {
    Effects previous = new Effects(NOV.minusMonths(1), Amount.of("100.00"), Amount.ZERO,
        Amount.of("-10.00"), Amount.of("-90.00"), Amount.ZERO);
    Effects lastYear = new Effects(NOV.minusYears(1), Amount.ZERO, Amount.ZERO, Amount.ZERO,
        Amount.ZERO, Amount.ZERO);
    return new Statement("KULT", "Kultur\u2212 och fritid \u2248 \"test\"", false, NOV,
        "LOCKED", List.of(), List.of(), List.of(), new BigDecimal("25.00"), previous,
        lastYear);
  }

  /** A förvaltning with two areas, a pool and a shadow that makes a negative difference. */
  static Statement administration() {
    Statement.Line pc = line("CHARGEBACK:2:4:5:-:CONSUMPTION", "CHARGEBACK", true, "ARB",
        "Arbetsplats", "Dator", "Bas", "812.2500", "214.20", "173983.95", "25.00");
    Statement.Line print = line("CHARGEBACK:2:6:7:-:CONSUMPTION", "CHARGEBACK", true, "ARB",
        "Arbetsplats", "Utskrift", "Svartvit", "10000", "0.35", "3500.00", "25.00");
    Statement.Line storage = pool("ALLOCATION:3:-:-:4:POOL", "INF", "Infrastruktur",
        "LAGRING", "Lagringspoolen", "FTE", "812.5", "7000.25", "116066.57");
    Statement.Line shadow = pool("ALLOCATION:2:-:-:3:POOL", "ARB", "Arbetsplats", "ARBPOOL",
        "Arbetsplatspoolen", "HEADCOUNT", "900", "9000", "400000.00");
    Statement.Line shadow2 = line("CHARGEBACK:3:8:9:-:CONSUMPTION", "CHARGEBACK", false,
        "INF", "Infrastruktur", "Lagring", "Standard", "1200", "80.00", "96000.00", "25.00");
    Effects previous = Effects.of(NOV.minusMonths(1), List.of(pc), List.of(pc, print,
        storage));
    Effects lastYear = Effects.of(NOV.minusYears(1), List.of(print, storage), List.of(pc,
        print, storage));
    return new Statement("GSF", "Grundskoleförvaltningen", false, NOV, "REVIEWED",
        List.of(pc, print, storage, shadow, shadow2), List.of(), List.of(),
        new BigDecimal("25.00"), previous, lastYear);
  }

  static List<Statement> statements() {
    return List.of(company(), empty(), administration());
  }

  static InvoiceBasis invoiceBasis() {
    return new InvoiceBasis("BOAB", "Bostads AB", MUNICIPALITY, NOV, List.of(
        new InvoiceBasis.Line("E-post, Standard", new BigDecimal("120.0000"),
            new BigDecimal("45.50"), Amount.of("5460.00"), new BigDecimal("25.00")),
        new InvoiceBasis.Line("Pool: Arbetsplatspoolen", null, null,
            Amount.of("1234567.89"), new BigDecimal("25.00")),
        new InvoiceBasis.Line("Justering 2026-08: Arbetsplats / Arbetsplatspoolen", null,
            null, Amount.of("-234.56"), new BigDecimal("6.00"))), "5");
  }

  static AccountingRules rules(boolean voucherPerOrg) {
    return new AccountingRules("5470", "Interna IT-tjänster", "3590", "Övriga intäkter, IT",
        1, 20, "I", voucherPerOrg, "Sjöstads kommun", "2611", new BigDecimal("25.00"));
  }

  static List<OrgCharge> charges() {
    return List.of(
        new OrgCharge("GSF", "Grundskoleförvaltningen", "1100", "0011",
            Amount.of("12345.67")),
        new OrgCharge("MILJO", "Miljöförvaltningen", "1200", "0012", Amount.of("0.00")),
        new OrgCharge("OFF", "Överförmyndarförvaltningen", "1300", "0013",
            Amount.of("-99.33")));
  }

  static final LocalDate GENERATED = LocalDate.of(2026, 12, 5);

  /** A PDF as text: its title, its language and the text of its pages. */
  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return "title: " + doc.getDocumentInformation().getTitle() + "\nlang: "
          + doc.getDocumentCatalog().getLanguage() + "\npages: " + doc.getNumberOfPages()
          + "\n" + new PDFTextStripper().getText(doc);
    }
  }

  /** Every cell of a workbook: sheet, position, value, format, bold; and the frozen panes. */
  static String workbookText(byte[] xlsx) throws IOException {
    StringBuilder b = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        b.append("sheet: ").append(sheet.getSheetName()).append(" frozen: ")
            .append(sheet.getPaneInformation() == null ? "-"
                : sheet.getPaneInformation().getHorizontalSplitPosition() + ","
                    + sheet.getPaneInformation().getVerticalSplitPosition())
            .append('\n');
        for (int i = 0; i < 16; i++) {
          b.append(sheet.getColumnWidth(i)).append(i < 15 ? "," : "\n");
        }
        for (Row row : sheet) {
          for (Cell cell : row) {
            b.append(cell.getAddress()).append(" = ");
            switch (cell.getCellType()) {
              case NUMERIC -> b.append(BigDecimal.valueOf(cell.getNumericCellValue())
                  .stripTrailingZeros().toPlainString());
              case STRING -> b.append('"').append(cell.getStringCellValue()).append('"');
              default -> b.append(cell.getCellType());
            }
            b.append(" [").append(cell.getCellStyle().getDataFormatString()).append(']');
            if (wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
              b.append(" bold");
            }
            b.append('\n');
          }
        }
      }
    }
    return b.toString();
  }
}
