package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.CataloguePdf;
import se.tjanstekatalog.catalogue.control.CatalogueView;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;

/**
 * The catalogue PDF, read back with PDFBox, an independent implementation, so the assertions
 * see what a user's PDF reader sees.
 */
class CatalogueExportTest {
  private static final YearMonth JULY_2026 = YearMonth.of(2026, 7);

  // ---------------------------------------------------------------- PDF

  @Test
  void pdfNamesMunicipalityMonthAndPriceList() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)));

    assertTrue(text.contains("Tjänstekatalog"), text);
    assertTrue(text.contains("Ängsö kommun"), text);
    assertTrue(text.contains("Giltig: 2026-07"), text);
    assertTrue(text.contains("Prislista: Prislista 2026"), text);
    assertFalse(text.contains("(utkast)"), text);
  }

  @Test
  void pdfMarksADraftPriceList() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2027", true)));

    assertTrue(text.contains("Prislista: Prislista 2027 (utkast)"), text);
  }

  @Test
  void pdfSaysWhenNoPriceListCoversTheMonth() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue(null, false)));

    assertTrue(text.contains("Prislista: ingen prislista gäller för månaden"), text);
  }

  @Test
  void pdfShowsAreasServicesAndFactsWithSwedishLettersIntact() throws IOException {
    String text = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)));

    assertTrue(text.contains("Arbetsplats"), text);
    assertTrue(text.contains("Systemförvaltning"), text);
    assertTrue(text.contains("Datorarbetsplats (DATOR)"), text);
    assertTrue(text.contains("Skolplattform för grundskolan (SKOLPL)"), text);
    assertTrue(text.contains("Lärplattform för Grundskoleförvaltningens elever och lärare"),
        text);
    assertTrue(text.contains(
        "Enhet: per användare · Finansiering: Internfakturering · Livscykel: I drift"), text);
    assertTrue(text.contains("Tjänsteägare: Arbetsplatsansvarig, arbetsplats@angso.se"), text);
  }

  @Test
  void pdfTableComparesLevelsPromiseByPromise() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Nivå Bas Standard Utökad"), String.join("\n", lines));
    assertTrue(lines.contains("Tillgänglighet 99,0 % 99,5 % 99,9 %"), String.join("\n", lines));
    // Only Utökad promises a loan computer; the other levels show a dash.
    assertTrue(lines.contains("Lånedator – – Ingår"), String.join("\n", lines));
    assertTrue(lines.contains("Självkostnad 200,00 kr 250,00 kr 1 234,50 kr"),
        String.join("\n", lines));
    assertTrue(lines.contains("Pris 204,00 kr 255,00 kr 1 259,19 kr"), String.join("\n", lines));
  }

  @Test
  void pdfShowsADashWhereALevelHasNoPrice() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Nivå Bas"), String.join("\n", lines));
    assertTrue(lines.contains("Pris –"), String.join("\n", lines));
  }

  @Test
  void pdfReplacesSymbolsHelveticaCannotShow() throws IOException {
    List<String> lines = pdfText(CataloguePdf.render(catalogue("Prislista 2026", false)))
        .lines().toList();

    assertTrue(lines.contains("Åtgärdstid 16 h 8 h <= 4 h"), String.join("\n", lines));
  }

  @Test
  void pdfNumbersEveryPageWithTheTotal() throws IOException {
    List<ServiceView> many = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      many.add(workplace("DATOR" + i, "Datorarbetsplats " + i));
    }
    byte[] pdf = CataloguePdf.render(view("Prislista 2026", false, many));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int total = document.getNumberOfPages();
      assertTrue(total > 1, "expected several pages, got " + total);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= total; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = normalise(stripper.getText(document));
        assertTrue(text.contains("Sida " + page + " av " + total), page + ": " + text);
        assertTrue(text.contains("Tjänstekatalog – Ängsö kommun – 2026-07"), page + ": " + text);
      }
    }
  }

  @Test
  void pdfOfAnEmptyCatalogueSaysSo() throws IOException {
    String text = pdfText(CataloguePdf.render(view("Prislista 2026", false, List.of())));

    assertTrue(text.contains("Inga tjänster gäller för månaden."), text);
    assertTrue(text.contains("Sida 1 av 1"), text);
  }

  // ---------------------------------------------------------------- test data

  private static CatalogueView catalogue(String priceList, boolean draft) {
    return view(priceList, draft, List.of(
        workplace("DATOR", "Datorarbetsplats"),
        new ServiceView("MOBIL", "Mobiltelefoni", "ARB", "Arbetsplats",
            "Mobiltelefon med abonnemang.", "Arbetsplatsansvarig", null, "ACTIVE", "I drift",
            "CHARGEBACK", "Internfakturering", "PER_DEVICE", "per enhet", new BigDecimal("25"),
            List.of(new LevelView("STD", "Standard", "Smartphone och abonnemang.",
                List.of(new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 08–17")),
                Amount.of("150.00"), Amount.of("153.00")))),
        new ServiceView("SKOLPL", "Skolplattform för grundskolan", "SYS", "Systemförvaltning",
            "Lärplattform för Grundskoleförvaltningens elever och lärare.", "Systemägare",
            "skola@angso.se", "PLANNED", "Planerad", "POOLED", "Solidarisk fördelning",
            "PER_USER", "per användare", new BigDecimal("25"),
            List.of(new LevelView("BAS", "Bas", "Drift och förvaltning.",
                List.of(new CommitmentView("BACKUP_RETENTION", "Säkerhetskopior", "30 dagar")),
                null, null)))));
  }

  private static ServiceView workplace(String code, String name) {
    return new ServiceView(code, name, "ARB", "Arbetsplats",
        "Dator med standardprogram, inloggning och support.", "Arbetsplatsansvarig",
        "arbetsplats@angso.se", "ACTIVE", "I drift", "CHARGEBACK", "Internfakturering",
        "PER_USER", "per användare", new BigDecimal("25"), List.of(
            new LevelView("BAS", "Bas", "Bärbar dator", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,0 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 08–17"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "16 h")),
                Amount.of("200.00"), Amount.of("204.00")),
            new LevelView("STD", "Standard", "Bärbar dator och docka", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,5 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Vardagar 07–18"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "8 h")),
                Amount.of("250.00"), Amount.of("255.00")),
            new LevelView("UTK", "Utökad", "Dator, docka och två skärmar", List.of(
                new CommitmentView("AVAILABILITY", "Tillgänglighet", "99,9 %"),
                new CommitmentView("SUPPORT_HOURS", "Supporttider", "Alla dagar 06–22"),
                new CommitmentView("RESOLUTION_TIME", "Åtgärdstid", "≤ 4 h"),
                new CommitmentView("FREE_TEXT:Lånedator", "Lånedator", "Ingår")),
                Amount.of("1234.50"), Amount.of("1259.19"))));
  }

  private static CatalogueView view(String priceList, boolean draft,
      List<ServiceView> services) {
    return new CatalogueView("Ängsö kommun", JULY_2026, priceList, draft, services);
  }

  // ---------------------------------------------------------------- readers

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return normalise(new PDFTextStripper().getText(document));
    }
  }

  /**
   * Amounts use a no-break space between digits and "kr"; compare with a plain space. Runs of
   * spaces between table cells become one.
   */
  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\\r?\\n ?", "\n");
  }
}
