package se.tjanstekatalog.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.annualreport.control.AnnualReportDocx;
import se.tjanstekatalog.annualreport.control.AnnualReportPdf;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.AnnualReport.Text;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.annualreport.domain.ModelCosts;
import se.tjanstekatalog.annualreport.domain.PoolRecovery;
import se.tjanstekatalog.annualreport.domain.VolumeChange;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExportFile;

/** The Word document and the PDF of a small report, read back with POI and PDFBox. */
class AnnualReportDocumentsTest {
  private static final int YEAR = 2026;

  private static AnnualReport report(int months) {
    ModelCosts costs = new ModelCosts(Amount.of("1000000.00"), Amount.of("980000.00"),
        Amount.of("1000000.00"));
    AreaSection area = new AreaSection(1, "ARBETSPLATS", "Arbetsplats",
        List.of(new VolumeChange("ARB-DATOR", "Dator", "PER_DEVICE", new BigDecimal("500"),
            new BigDecimal("610"), Amount.of("155550.00"))),
        List.of(new AnnualReport.CatalogueChange(
            AnnualReport.CatalogueChange.Kind.SERVICE_ADDED, "ARB-SKARM", "Skärm", null,
            YearMonth.of(YEAR, 3))), List.of(), List.of(), costs,
        List.of(new PoolRecovery("ARBETSPLATS", "Arbetsplats", Amount.of("980000.00"),
            Amount.of("1000000.00"))),
        new Text("Nya datorer till skolorna.", "", "Byte av e-post."));
    KeyFigures k = KeyFigures.of(List.of(new KeyFigures.OrgFigure("GSF", "Grundskoleförvaltningen",
        false, new BigDecimal("250"), new BigDecimal("400"), Amount.of("1000000.00"),
        Amount.of("4000.00"), Amount.of("2500.00"))));
    AnnualReport.Whole whole = new AnnualReport.Whole(costs, ModelCosts.ZERO, List.of(
        new PoolRecovery("ARB", "Arbetsplatspoolen", Amount.of("980000.00"),
            Amount.of("1000000.00"))), k, List.of(),
        List.of(), Text.NONE);
    List<YearMonth> covered = IntStream.rangeClosed(1, months)
        .mapToObj(m -> YearMonth.of(YEAR, m)).toList();
    return new AnnualReport(YEAR, covered, months < 12, List.of(area), whole);
  }

  @Test
  void theWordDocumentHasTheSectionsTablesFiguresAndCharts() throws IOException {
    ExportFile file = AnnualReportDocx.render(report(11));
    assertEquals("arsberattelse-2026-tom-2026-11.docx", file.fileName());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertTrue(text.contains("Årsberättelse 2026"), text);
      assertTrue(text.contains("t.o.m. 2026-11"), text);
      assertTrue(text.contains("Helheten"), text);
      assertTrue(text.contains("Nya datorer till skolorna."), text);
      assertTrue(text.contains("Median, förvaltningar"), text);
      assertTrue(text.contains("Ny tjänst"), "a catalogue change without level: " + text);
      assertTrue(text.contains("Täckningsgrad") && text.contains("Arbetsplatspoolen"), text);
      // 1 000 000 / 980 000 = 102,04 % → 102,0 %
      assertTrue(text.contains("102,0"), text);
      List<String> firstCells = doc.getTables().stream()
          .map(t -> t.getRow(1).getCell(0).getText()).toList();
      assertTrue(firstCells.contains("Dator"), firstCells.toString());
      XWPFTable costs = doc.getTables().get(0);
      assertEquals("1\u00a0000\u00a0000,00\u00a0kr", costs.getRow(1).getCell(1).getText());
      assertEquals(2, doc.getAllPictures().size(), "two charts as images");
      assertEquals("Heading1", doc.getParagraphs().stream()
          .filter(p -> p.getText().equals("Arbetsplats")).findFirst().orElseThrow()
          .getStyle());
    }
  }

  @Test
  void thePdfHasTheSameSectionsAndFigures() throws IOException {
    ExportFile file = AnnualReportPdf.render(report(12));
    assertEquals("arsberattelse-2026.pdf", file.fileName());
    try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Årsberättelse 2026"), text);
      assertTrue(text.contains("Hela året 2026"), text);
      assertFalse(text.contains("Preliminär"), text);
      assertTrue(text.contains("Arbetsplats"), text);
      assertTrue(text.contains("Byte av e-post."), text);
      assertTrue(text.contains("4 000,00 kr") || text.contains("4\u00a0000,00\u00a0kr"), text);
      assertTrue(pdf.getNumberOfPages() >= 2, "each area on its own page");
    }
  }

  @Test
  void aYearWithoutComputedMonthsSaysSo() throws IOException {
    AnnualReport empty = report(0);
    assertTrue(empty.empty());
    ExportFile file = AnnualReportDocx.render(empty);
    assertEquals("arsberattelse-2026.docx", file.fileName());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.bytes()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertTrue(extractor.getText().contains("Ingen månad av 2026 är beräknad ännu."));
    }
  }
}
