package se.tjanstekatalog.consumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.consumption.control.FocusImport;
import se.tjanstekatalog.consumption.control.FocusResult;
import se.tjanstekatalog.consumption.control.FocusResult.ConsumptionRow;
import se.tjanstekatalog.consumption.control.FocusResult.Missing;
import se.tjanstekatalog.consumption.control.FocusResult.Unmapped;
import se.tjanstekatalog.consumption.control.FocusRule;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;

/** The FOCUS importer on small bills written here, with the FOCUS column names. */
class FocusImportTest {
  private static final String HEADER = "BillingAccountId,BillingCurrency,ChargePeriodStart,"
      + "ChargePeriodEnd,ServiceName,SkuId,SubAccountId,SubAccountName,ResourceId,"
      + "ConsumedQuantity,ConsumedUnit,PricingQuantity,BilledCost,EffectiveCost,Tags";
  private static final String OCT = "2026-10-01T00:00:00Z,2026-11-01T00:00:00Z";
  private static final String GSF_SUB = "11111111-aaaa-4000-8000-000000000001";
  private static final String SBK_SUB = "22222222-bbbb-4000-8000-000000000002";
  private static final String SHARED_SUB = "99999999-ffff-4000-8000-000000000009";

  private static final List<FocusRule> RULES = List.of(
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, GSF_SUB, "GSF"),
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SBK_SUB, "SBK"),
      FocusRule.org("tag:forvaltning", "HVOF", "HVOF"),
      FocusRule.org("tag:forvaltning", "Miljöförvaltningen", "MF"),
      FocusRule.org("tag:kostnadsstalle", "4100", "MF"),
      FocusRule.org("tag:kostnadsstalle", "3200", "HVOF"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Virtual Machines", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Storage", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Azure Monitor", "INFORMATIONSSAKERHET"),
      FocusRule.level(FocusRule.SERVICE_NAME, "Power BI", "DIG-LIC", "STD"),
      FocusRule.levelAndPool(FocusRule.SKU_ID, "SKU-E3", "KOM-SAMARB", "STD", "KOMMUNIKATION"),
      FocusRule.level(FocusRule.SKU_ID, "SKU-STORAGE-ARCHIVE", "INF-LAGR", "BAS"));

  @TempDir Path dir;

  @Test
  void orgsAreFoundBySubAccountIdAndOtherwiseByATag() throws IOException {
    FocusResult result = read(
        row(OCT, "Power BI", "SKU-PBI", GSF_SUB, "sub-gsf", "lic-1", "10", "", "950", "",
            "{\"forvaltning\":\"HVOF\"}"),
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-2", "4", "", "380", "",
            "{\"forvaltning\":\"HVOF\",\"miljo\":\"prod\"}"),
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-3", "2", "", "190", "",
            "{\"Forvaltning\":\"miljöförvaltningen\"}"));
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(List.of("GSF", "HVOF", "MF"),
        result.consumptionRows().stream().map(ConsumptionRow::orgCode).toList(),
        "SubAccountId wins over the tag on row 2; tag keys and values ignore case");
    assertEquals(0, result.unmappedRows());
  }

  @Test
  void aSkuIdMappingWinsOverTheServiceNameMapping() throws IOException {
    FocusResult result = read(
        row(OCT, "Storage", "SKU-STORAGE-ARCHIVE", SBK_SUB, "", "st-1", "500", "", "45.00",
            "", ""),
        row(OCT, "Storage", "SKU-STORAGE-HOT", SBK_SUB, "", "st-2", "200", "", "60.00", "",
            ""));
    assertEquals(1, result.consumptionRows().size(), "only the archive SKU becomes consumption");
    ConsumptionRow archive = result.consumptionRows().get(0);
    assertEquals(List.of("SBK", "INF-LAGR", "BAS"),
        List.of(archive.orgCode(), archive.serviceCode(), archive.levelCode()));
    assertEquals(1, result.poolRows().size(), "the other Storage row goes by ServiceName");
    assertEquals(new BigDecimal("60.00"), result.poolRows().get(0).amount());
  }

  @Test
  void unmappedRowsAreListedWithWhatIsMissingAndTheirCost() throws IOException {
    FocusResult result = read(
        row(OCT, "Virtual Machines", "SKU-VM", GSF_SUB, "", "vm-1", "744", "", "1200.50",
            "", ""),
        row(OCT, "Azure OpenAI", "SKU-AOAI", GSF_SUB, "sub-gsf", "oai-1", "3", "", "812.25",
            "", ""),
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-9", "5", "", "475", "",
            "{\"projekt\":\"x\"}"),
        row(OCT, "Logic Apps", "SKU-LA", "", "", "la-1", "100", "", "12.125", "", ""));
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(3, result.unmappedRows());
    List<Unmapped> rows = result.unmapped();
    assertEquals(List.of(3L, 4L, 5L), rows.stream().map(Unmapped::row).toList(),
        "row numbers in the file (1 = header)");
    assertEquals(List.of(Missing.COST, Missing.ORG, Missing.ORG_AND_COST),
        rows.stream().map(Unmapped::missing).toList());
    assertEquals(new BigDecimal("812.25"), rows.get(0).cost());
    assertEquals("Azure OpenAI", rows.get(0).serviceName());
    assertEquals(new BigDecimal("1299.38"), result.unmappedCost(),
        "812,25 + 475 + 12,125, rounded once");
    assertEquals(0, result.totalCost().compareTo(result.pooledCost()
        .add(result.consumptionOnlyCost()).add(result.unmappedCost())
        .add(result.problemCost())), "every krona is accounted for");
    assertEquals("Azure OpenAI", result.unmappedGroups().get(0).serviceName(),
        "largest unmapped cost first");
  }

  @Test
  void poolCostIsSummedPerPoolAndRoundedOnceToOre() throws IOException {
    FocusResult result = read(
        row(OCT, "Virtual Machines", "SKU-VM", GSF_SUB, "", "vm-1", "744", "", "100.004", "",
            ""),
        row(OCT, "Virtual Machines", "SKU-VM", SHARED_SUB, "", "vm-2", "744", "", "100.004",
            "", ""),
        row(OCT, "Storage", "SKU-STORAGE-HOT", "", "", "st-1", "10", "", "0.002", "", ""),
        row(OCT, "Azure Monitor", "SKU-MON", "", "", "mon", "1", "", "50", "", ""),
        row(OCT, "Virtual Machines", "SKU-VM", SHARED_SUB, "", "vm-2", "", "", "-20.00", "",
            ""));
    assertTrue(result.valid(), result.problems().toString());
    Map<String, BigDecimal> pools = new java.util.HashMap<>();
    result.poolRows().forEach(p -> pools.put(p.poolCode(), p.amount()));
    assertEquals(Map.of("INFRASTRUKTUR", new BigDecimal("180.01"),
        "INFORMATIONSSAKERHET", new BigDecimal("50.00")), pools,
        "100,004 + 100,004 + 0,002 − 20 = 180,010; a credit lowers the pool; no org needed");
    assertEquals(4, result.poolRows().stream().filter(p -> p.poolCode().equals("INFRASTRUKTUR"))
        .findFirst().orElseThrow().rows());
    assertEquals(0, result.unmappedRows(), "pool rows need no org");
  }

  @Test
  void effectiveCostIsUsedWhereTheRowHasItElseBilledCost() throws IOException {
    FocusResult result = read(
        row(OCT, "Virtual Machines", "SKU-VM", GSF_SUB, "", "vm-ri", "744", "", "0", "310.40",
            ""),
        row(OCT, "Virtual Machines", "SKU-RI", GSF_SUB, "", "ri-purchase", "", "1", "3724.80",
            "0", ""),
        row(OCT, "Virtual Machines", "SKU-VM", GSF_SUB, "", "vm-payg", "744", "", "99.60", "",
            ""));
    assertEquals(new BigDecimal("410.00"), result.poolRows().get(0).amount(),
        "amortised 310,40 + 0 for the up-front purchase + 99,60 pay-as-you-go");
    assertEquals(new BigDecimal("410.00"), result.totalCost());
  }

  @Test
  void quantitiesOfOneOrgLevelAndResourceAreSummedAndPurchasesUsePricingQuantity()
      throws IOException {
    FocusResult result = read(
        row(OCT, "Microsoft 365", "SKU-E3", GSF_SUB, "", "", "", "1200", "410000", "", ""),
        row(OCT, "Microsoft 365", "SKU-E3", GSF_SUB, "", "", "", "15.5", "5300", "", ""),
        row(OCT, "Power BI", "SKU-PBI", SBK_SUB, "", "lic-1", "2.123456", "", "190", "", ""));
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(2, result.consumptionRows().size());
    ConsumptionRow e3 = result.consumptionRows().get(0);
    assertEquals(new BigDecimal("1215.5000"), e3.quantity());
    assertEquals(2, e3.rows());
    assertEquals(2L, e3.row(), "kept with its first bill row");
    assertEquals(new BigDecimal("2.1235"), result.consumptionRows().get(1).quantity(),
        "four decimals, HALF_UP, as consumption is stored");
    assertEquals(new BigDecimal("415300.00"), result.poolRows().get(0).amount(),
        "level and pool: the quantity is consumption, the cost goes to the pool");
    assertEquals(new BigDecimal("190.00"), result.consumptionOnlyCost());
  }

  @Test
  void theConsumptionRowsReadLikeAConsumptionFile() throws IOException {
    FocusResult result = read(
        row(OCT, "Power BI", "SKU-PBI", GSF_SUB, "", "/subscriptions/" + GSF_SUB
            + "/resourceGroups/rg-skola-rapporter-produktion/providers/Microsoft.PowerBI/"
            + "workspaces/ws-elevhalsa-och-narvaro-2026", "3", "", "285", "", ""));
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    result.consumptionSource().read(new TabularFile.RowHandler() {
      @Override
      public void header(String[] names) {
        header.addAll(List.of(names));
      }

      @Override
      public void row(long rowNo, String[] cells) {
        rows.add(cells);
      }
    }, n -> { });
    assertEquals(List.of("period", "förvaltning", "tjänst", "nivå", "antal", "referens"),
        header);
    String[] cells = rows.get(0);
    assertEquals(List.of("2026-10", "GSF", "DIG-LIC", "STD", "3.0000"),
        List.of(cells).subList(0, 5));
    assertTrue(cells[5].length() <= 100, "a long ResourceId is cut to its tail: " + cells[5]);
    assertTrue(cells[5].endsWith("ws-elevhalsa-och-narvaro-2026"));
    assertFalse(cells[5].startsWith("/"));
  }

  @Test
  void rowsOfAnotherMonthAreProblemsThatStopTheImport() throws IOException {
    FocusResult result = read(
        row(OCT, "Virtual Machines", "SKU-VM", GSF_SUB, "", "vm-1", "744", "", "100", "", ""),
        row("2026-09-01T00:00:00Z,2026-10-01T00:00:00Z", "Virtual Machines", "SKU-VM",
            GSF_SUB, "", "vm-1", "720", "", "96", "", ""));
    assertFalse(result.valid());
    assertEquals(YearMonth.of(2026, 10), result.period());
    ImportProblem problem = result.problems().get(0);
    assertEquals(3, problem.row());
    assertEquals("import.problem.periodMixed", problem.key());
    assertEquals(new BigDecimal("96.00"), result.problemCost(), "shown, not silently dropped");
    assertEquals(new BigDecimal("100.00"), result.poolRows().get(0).amount());
  }

  @Test
  void aCurrencyWithoutAnExchangeRateIsAProblem() throws IOException {
    Path file = dir.resolve("usd.csv");
    Files.writeString(file, HEADER + "\n"
        + "ACC-1,USD," + OCT + ",Virtual Machines,SKU-VM," + GSF_SUB + ",,vm-1,744,,,10,,\n",
        StandardCharsets.UTF_8);
    FocusResult result = new FocusImport(RULES).read(TabularFile.open(file), "usd.csv",
        n -> { });
    assertEquals("focus.problem.rateMissing", result.problems().get(0).key());
    assertFalse(result.hasMapped());
  }

  @Test
  void unreadableOrDisagreeingTagsLeaveTheRowUnmappedWithAReason() throws IOException {
    FocusResult result = read(
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-1", "1", "", "95", "", "{not json"),
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-2", "1", "", "95", "",
            "{\"forvaltning\":\"HVOF\",\"kostnadsstalle\":\"4100\"}"),
        row(OCT, "Power BI", "SKU-PBI", "", "", "lic-3", "1", "", "95", "",
            "{\"forvaltning\":\"HVOF\",\"kostnadsstalle\":\"3200\"}"));
    assertEquals(2, result.unmappedRows());
    assertEquals("focus.note.tagsUnreadable", result.unmapped().get(0).noteKey());
    assertEquals("focus.note.tagsDisagree", result.unmapped().get(1).noteKey());
    assertEquals("HVOF", result.consumptionRows().get(0).orgCode(), "two tags, one org");
  }

  @Test
  void aFileWithoutTheFocusColumnsIsRefusedOnce() throws IOException {
    Path file = dir.resolve("wrong.csv");
    Files.writeString(file, "period;förvaltning;tjänst;nivå;antal\n2026-10;GSF;ARB-DATOR;STD;3\n",
        StandardCharsets.UTF_8);
    FocusResult result = new FocusImport(RULES).read(TabularFile.open(file), "wrong.csv",
        n -> { });
    assertFalse(result.valid());
    assertEquals(4, result.problemCount(),
        "ChargePeriodStart, BilledCost, BillingCurrency and ServiceName missing, once each");
    assertTrue(result.problems().stream().allMatch(p -> p.key().equals(
        "import.problem.columnMissing")));
    assertNull(result.period());
  }

  @Test
  void theSampleBillInTheDocsReadsWithoutProblems() throws IOException {
    Path sample = Path.of("docs/examples/focus-2026-10.csv");
    FocusResult result = new FocusImport(List.of()).read(TabularFile.open(sample),
        "focus-2026-10.csv", n -> { });
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(YearMonth.of(2026, 10), result.period());
    assertTrue(result.rows() >= 30 && result.rows() <= 60, "rows: " + result.rows());
    assertEquals(result.rows(), result.unmappedRows(), "without mappings every row is listed");
    assertEquals(result.totalCost(), result.unmappedCost());
  }

  private FocusResult read(String... rows) throws IOException {
    Path file = dir.resolve("focus.csv");
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (String row : rows) {
      csv.append(row).append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return new FocusImport(RULES).read(TabularFile.open(file), "focus.csv", n -> { });
  }

  /** One bill row in SEK; the Tags JSON is quoted as CSV quotes it. */
  private static String row(String periods, String service, String sku, String subAccount,
      String subAccountName, String resource, String consumed, String pricing, String billed,
      String effective, String tags) {
    String quotedTags = tags.isEmpty() ? "" : "\"" + tags.replace("\"", "\"\"") + "\"";
    return String.join(",", "ACC-1", "SEK", periods, service, sku, subAccount, subAccountName,
        resource, consumed, consumed.isEmpty() ? "" : "Hours", pricing, billed, effective,
        quotedTags);
  }
}
