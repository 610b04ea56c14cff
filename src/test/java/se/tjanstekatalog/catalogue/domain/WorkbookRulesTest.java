package se.tjanstekatalog.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.domain.WorkbookRules.Known;
import se.tjanstekatalog.catalogue.domain.WorkbookRules.Table;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.Amount;

/** The workbook's row rules: each kind of problem names the sheet and column, the row and why. */
class WorkbookRulesTest {
  private Map<WorkbookSheet, List<String[]>> sheets;

  /** A small valid workbook: one area, one service with one level, a promise and a price. */
  @BeforeEach
  void valid() {
    sheets = new EnumMap<>(WorkbookSheet.class);
    rows(WorkbookSheet.AREAS, new String[] {"NYTT", "Nytt område", "", "8"});
    rows(WorkbookSheet.SERVICES, new String[] {"NYTT", "NY-TJ", "Ny tjänst", "Beskrivs",
        "per användare", "Pool", "", "", "Ägare", ""});
    rows(WorkbookSheet.LEVELS, new String[] {"NY-TJ", "BAS", "Bas", "", "1", "2027-01", ""});
    rows(WorkbookSheet.COMMITMENTS, new String[] {"NY-TJ", "BAS", "Tillgänglighet", "", "99,5"});
    rows(WorkbookSheet.PRICE_LIST, new String[] {"Prislista", "2027", "3", "Publicerad"});
    rows(WorkbookSheet.PRICES, new String[] {"NY-TJ", "BAS", "", "100", ""});
  }

  @Test
  void aValidWorkbookIsReadWithItsDefaults() {
    WorkbookRules.Result result = check();
    assertEquals(List.of(), result.problems());
    WorkbookContent c = result.content();
    var service = c.services().get(0);
    assertEquals(Unit.PER_USER, service.unit());
    assertEquals(Financing.POOLED, service.financing());
    assertEquals(0, new BigDecimal("25").compareTo(service.vatPercent()), "25 % when empty");
    assertEquals(Lifecycle.ACTIVE, service.lifecycle(), "active when empty");
    assertNull(service.ownerContact(), "an empty cell is no value");
    assertEquals(YearMonth.of(2027, 1), c.levels().get(0).activeFrom());
    assertEquals(CommitmentType.AVAILABILITY, c.commitments().get(0).type());
    assertEquals(0, new BigDecimal("99.5").compareTo(c.commitments().get(0).number()));
    assertEquals(PriceListStatus.PUBLISHED, c.priceList().status());
    assertEquals(Amount.of("100"), c.prices().get(0).costPrice());
    assertNull(c.prices().get(0).chargedPrice(), "computed by the importer");
    assertEquals(2, c.prices().get(0).row());
  }

  @Test
  void codeNamesAreAcceptedBesideTheSwedishLabels() {
    sheets.get(WorkbookSheet.SERVICES).get(0)[4] = "PER_HOUR";
    sheets.get(WorkbookSheet.SERVICES).get(0)[5] = "always_charged";
    var service = check().content().services().get(0);
    assertEquals(Unit.PER_HOUR, service.unit());
    assertEquals(Financing.ALWAYS_CHARGED, service.financing());
  }

  @Test
  void aMissingSheetIsNamed() {
    sheets.remove(WorkbookSheet.LEVELS);
    ImportProblem p = only(check(), "catalogue.workbook.problem.missingSheet");
    assertEquals(0, p.row());
    assertEquals("Nivåer", p.column());
    assertEquals("Bladet Nivåer saknas i arbetsboken.", p.reason());
  }

  @Test
  void aMissingColumnIsNamedOnTheHeadingRow() {
    Map<WorkbookSheet, Table> tables = tables();
    Table services = tables.get(WorkbookSheet.SERVICES);
    String[] header = services.header().clone();
    header[6] = "Mervärdesskatt";
    tables.put(WorkbookSheet.SERVICES, new Table(header, services.rows()));
    ImportProblem p = only(WorkbookRules.check(tables, Known.NOTHING),
        "catalogue.workbook.problem.missingColumn");
    assertEquals(1, p.row());
    assertEquals("Tjänster: Moms %", p.column());
  }

  @Test
  void columnsAreFoundByTheirHeadingInAnyOrder() {
    Map<WorkbookSheet, Table> tables = tables();
    Table areas = tables.get(WorkbookSheet.AREAS);
    tables.put(WorkbookSheet.AREAS, new Table(new String[] {"ordning", "NAMN", "Kod", "Beskrivning"},
        List.of(new Table.Row(2, new String[] {"8", "Nytt område", "NYTT", ""}))));
    assertEquals(List.of(), WorkbookRules.check(tables, Known.NOTHING).problems());
    assertEquals(4, areas.header().length);
  }

  @Test
  void everyCellProblemNamesSheetColumnRowAndReason() {
    expect(WorkbookSheet.SERVICES, 2, "", "Tjänster: Namn", "catalogue.workbook.problem.required");
    expect(WorkbookSheet.SERVICES, 1, "NY TJ", "Tjänster: Kod", "catalogue.workbook.problem.code");
    expect(WorkbookSheet.SERVICES, 4, "per kilo", "Tjänster: Enhet",
        "catalogue.workbook.problem.choice");
    expect(WorkbookSheet.SERVICES, 6, "tjugofem", "Tjänster: Moms %",
        "catalogue.workbook.problem.number");
    expect(WorkbookSheet.SERVICES, 6, "125", "Tjänster: Moms %",
        "catalogue.workbook.problem.percent");
    expect(WorkbookSheet.AREAS, 3, "först", "Tjänsteområden: Ordning",
        "catalogue.workbook.problem.sortOrder");
    expect(WorkbookSheet.AREAS, 0, "x".repeat(31), "Tjänsteområden: Kod",
        "catalogue.workbook.problem.code");
    expect(WorkbookSheet.AREAS, 1, "x".repeat(121), "Tjänsteområden: Namn",
        "catalogue.workbook.problem.tooLong");
    expect(WorkbookSheet.LEVELS, 5, "januari", "Nivåer: Erbjuds från",
        "catalogue.workbook.problem.month");
    expect(WorkbookSheet.LEVELS, 6, "2026-12", "Nivåer: Erbjuds till",
        "catalogue.workbook.problem.monthOrder");
    expect(WorkbookSheet.COMMITMENTS, 4, "mycket", "Åtaganden: Värde",
        "catalogue.workbook.problem.number");
    expect(WorkbookSheet.COMMITMENTS, 4, "-1", "Åtaganden: Värde",
        "catalogue.workbook.problem.negative");
    expect(WorkbookSheet.PRICE_LIST, 1, "tjugosju", "Prislista: År",
        "catalogue.workbook.problem.year");
    expect(WorkbookSheet.PRICE_LIST, 2, "", "Prislista: Påslag %",
        "catalogue.workbook.problem.required");
    expect(WorkbookSheet.PRICES, 3, "-5", "Prisrader: Självkostnad",
        "catalogue.workbook.problem.negative");
    expect(WorkbookSheet.PRICES, 3, "10,005", "Prisrader: Självkostnad",
        "catalogue.workbook.problem.ore");
    expect(WorkbookSheet.PRICES, 2, "2028-01", "Prisrader: Gäller från",
        "catalogue.workbook.problem.outsideYear");
  }

  @Test
  void aFreePromiseNeedsALabel() {
    sheets.get(WorkbookSheet.COMMITMENTS).get(0)[2] = "Övrigt åtagande";
    sheets.get(WorkbookSheet.COMMITMENTS).get(0)[4] = "Vart fjärde år";
    ImportProblem p = only(check(), "catalogue.workbook.problem.label");
    assertEquals("Åtaganden: Etikett", p.column());
  }

  @Test
  void aCodeTwiceOnASheetNamesTheFirstRow() {
    rows(WorkbookSheet.SERVICES, new String[] {"NYTT", "NY-TJ", "Igen", "", "per användare",
        "Pool", "", "", "", ""});
    ImportProblem p = only(check(), "catalogue.workbook.problem.duplicate");
    assertEquals(3, p.row());
    assertEquals("Tjänster: Kod", p.column());
    assertEquals("Finns redan på rad 2.", p.reason());
  }

  @Test
  void referencesMustBeInTheWorkbookOrInTheCatalogue() {
    sheets.get(WorkbookSheet.SERVICES).get(0)[0] = "SAKNAS";
    sheets.get(WorkbookSheet.LEVELS).get(0)[0] = "OKAND";
    List<ImportProblem> problems = check().problems();
    assertEquals(List.of("catalogue.workbook.problem.unknownArea",
        "catalogue.workbook.problem.unknownService", "catalogue.workbook.problem.unknownLevel",
        "catalogue.workbook.problem.unknownLevel"),
        problems.stream().map(ImportProblem::key).toList());
    assertEquals("Åtaganden: Nivåkod", problems.get(2).column());
    assertEquals("NY-TJ / BAS", problems.get(2).value());
  }

  @Test
  void referencesToTheStoredCatalogueAreFound() {
    sheets.put(WorkbookSheet.AREAS, new ArrayList<>());
    sheets.put(WorkbookSheet.SERVICES, new ArrayList<>());
    sheets.put(WorkbookSheet.LEVELS, new ArrayList<>());
    Known known = new Known(Set.of("NYTT"), Set.of("NY-TJ"), Set.of("NY-TJ / BAS"));
    assertEquals(List.of(), WorkbookRules.check(tables(), known).problems());
  }

  @Test
  void oneListPerWorkbookAndNoPricesWithoutOne() {
    rows(WorkbookSheet.PRICE_LIST, new String[] {"Andra", "2028", "2", ""});
    assertEquals(3, only(check(), "catalogue.workbook.problem.oneList").row());
    sheets.put(WorkbookSheet.PRICE_LIST, new ArrayList<>());
    ImportProblem p = only(check(), "catalogue.workbook.problem.noList");
    assertEquals("Prisrader: Tjänstekod", p.column());
  }

  private void expect(WorkbookSheet sheet, int column, String value, String where, String key) {
    valid();
    sheets.get(sheet).get(0)[column] = value;
    ImportProblem p = only(check(), key);
    assertEquals(where, p.column(), key);
    assertEquals(2, p.row(), key);
    assertTrue(!p.reason().isBlank() && !p.reason().equals(key), "a reason for " + key);
  }

  private static ImportProblem only(WorkbookRules.Result result, String key) {
    assertNull(result.content(), "no content with problems");
    List<ImportProblem> found = result.problems().stream().filter(p -> p.key().equals(key))
        .toList();
    assertEquals(1, found.size(), key + " in " + result.problems());
    return found.get(0);
  }

  private void rows(WorkbookSheet sheet, String[] row) {
    sheets.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
  }

  private WorkbookRules.Result check() {
    return WorkbookRules.check(tables(), Known.NOTHING);
  }

  private Map<WorkbookSheet, Table> tables() {
    Map<WorkbookSheet, Table> tables = new EnumMap<>(WorkbookSheet.class);
    sheets.forEach((sheet, rows) -> {
      List<Table.Row> numbered = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        numbered.add(new Table.Row(i + 2, rows.get(i).clone()));
      }
      tables.put(sheet, new Table(sheet.columns().stream()
          .map(WorkbookSheet.Column::heading).toArray(String[]::new), numbered));
    });
    return tables;
  }
}
