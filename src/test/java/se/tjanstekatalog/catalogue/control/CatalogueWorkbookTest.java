package se.tjanstekatalog.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.domain.WorkbookContent;
import se.tjanstekatalog.catalogue.domain.WorkbookRules;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.testsupport.Workbooks;

/** The catalogue workbook written with POI and read back with the import's own reader. */
class CatalogueWorkbookTest {

  @Test
  void theTemplateHasTheInstructionsAndEverySheetWithHeadingsOnly() throws IOException {
    Map<String, List<List<String>>> sheets = cells(CatalogueWorkbook.template());
    List<String> names = new ArrayList<>(sheets.keySet());
    assertEquals("Anvisningar", names.get(0));
    assertEquals(List.of("Anvisningar", "Tjänsteområden", "Tjänster", "Nivåer", "Åtaganden",
        "Prislista", "Prisrader"), names);
    assertEquals(List.of(List.of("Områdeskod", "Kod", "Namn", "Beskrivning", "Enhet",
        "Finansiering", "Moms %", "Livscykel", "Tjänsteägare", "Kontakt")),
        sheets.get("Tjänster"));
    WorkbookRules.Result read = WorkbookRules.check(
        CatalogueWorkbook.read(CatalogueWorkbook.template()), WorkbookRules.Known.NOTHING);
    assertEquals(List.of(), read.problems());
    assertEquals(WorkbookContent.EMPTY, read.content());
  }

  @Test
  void whatIsWrittenIsReadBackUnchanged() throws IOException {
    WorkbookContent example = ExampleWorkbook.content();
    byte[] first = CatalogueWorkbook.render(example);
    WorkbookRules.Result read = WorkbookRules.check(CatalogueWorkbook.read(first),
        WorkbookRules.Known.NOTHING);
    assertEquals(List.of(), read.problems());
    WorkbookContent back = read.content();
    assertEquals(example.services().size(), back.services().size());
    assertEquals(Unit.FIXED_MONTHLY, back.services().stream()
        .filter(s -> s.code().equals("KOM-NAT")).findFirst().orElseThrow().unit());
    assertEquals(0, back.priceList().markupPercent().compareTo(ExampleWorkbook.MARKUP));
    assertEquals(cells(first), cells(CatalogueWorkbook.render(back)));
    // Row numbers are the sheet's rows: the heading is row 1.
    assertEquals(2, back.services().get(0).row());
  }

  @Test
  void theCommittedExampleIsTheGeneratedOneAndHasNoProblemsOnAnEmptyCatalogue()
      throws IOException {
    assertTrue(Files.exists(ExampleWorkbook.FILE), "run ExampleWorkbook.main: "
        + ExampleWorkbook.FILE);
    byte[] committed = Files.readAllBytes(ExampleWorkbook.FILE);
    WorkbookRules.Result read = WorkbookRules.check(CatalogueWorkbook.read(committed),
        WorkbookRules.Known.NOTHING);
    assertEquals(List.of(), read.problems());
    assertNotNull(read.content().priceList());
    assertEquals(3, read.content().areas().size());
    assertEquals(8, read.content().services().size());
    assertTrue(read.content().services().stream().anyMatch(s -> s.vatPercent().signum() == 0));
    assertEquals(cells(CatalogueWorkbook.render(ExampleWorkbook.content())), cells(committed));
  }

  @Test
  void aFileThatIsNoWorkbookIsUnreadable() {
    UnreadableFile e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFile.class,
        () -> CatalogueWorkbook.read("Kod;Namn\n".getBytes()));
    assertEquals("import.problem.xlsx", e.problem().key());
  }

  @Test
  void aRefusedWorkbooksReportCountsItsProblemsByReason() {
    var rejected = CatalogueWorkbookService.rejected("x.xlsx", 3, List.of(
        se.tjanstekatalog.shared.imports.ImportProblem.of(2, "Tjänster: Kod", "",
            "catalogue.workbook.problem.required"),
        se.tjanstekatalog.shared.imports.ImportProblem.of(3, "Tjänster: Namn", "",
            "catalogue.workbook.problem.required")));
    assertEquals(2, rejected.report().problemCount());
    assertEquals("Värde saknas", rejected.report().problemCounts().get(0).reason());
    assertArrayEquals(new long[] {2}, new long[] {rejected.report().problemCounts().get(0)
        .count()});
  }

  /** Every sheet's cells as text, in order. */
  private static Map<String, List<List<String>>> cells(byte[] xlsx) {
    return Workbooks.sheets(xlsx);
  }
}
