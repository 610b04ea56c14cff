package se.tjanstekatalog.consumption.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.tjanstekatalog.consumption.control.ExchangeRates.Rate;
import se.tjanstekatalog.consumption.control.FocusResult.CurrencyLine;
import se.tjanstekatalog.consumption.entity.FocusCostColumn;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;

/**
 * FOCUS bills in EUR and USD, the literal NULL of real exports, the cost column per mapping
 * and the column names of FOCUS 1.0 to 1.2.
 */
class FocusCurrencyTest {
  private static final String HEADER = "BillingAccountId,BillingCurrency,ChargePeriodStart,"
      + "ServiceName,SkuId,SubAccountId,ResourceId,ConsumedQuantity,PricingQuantity,"
      + "BilledCost,EffectiveCost";
  private static final String JUNE = "2018-06-01T00:00:00Z";
  private static final String SUB = "11111111-aaaa-4000-8000-000000000001";
  private static final ExchangeRates RATES = new ExchangeRates(List.of(
      new Rate("EUR", YearMonth.of(2018, 6), new BigDecimal("11.2345")),
      new Rate("USD", YearMonth.of(2018, 7), new BigDecimal("9.1234"))));
  private static final List<FocusRule> RULES = List.of(
      FocusRule.org(FocusRule.SUB_ACCOUNT_ID, SUB, "GSF"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Virtual Machines", "INFRASTRUKTUR"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Storage", "INFRASTRUKTUR"),
      FocusRule.level(FocusRule.SERVICE_NAME, "Power BI", "DIG-LIC", "STD"),
      FocusRule.pool(FocusRule.SERVICE_NAME, "Reservations", "INFRASTRUKTUR")
          .withCostColumn(FocusCostColumn.BILLED));

  @TempDir Path dir;

  @Test
  void aEuroBillIsConvertedRowByRowWithTheMonthsRate() throws IOException {
    FocusResult result = read(HEADER,
        "A,EUR," + JUNE + ",Virtual Machines,,,vm-1,744,744,100.00,",
        "A,EUR," + JUNE + ",Virtual Machines,,,vm-2,1,1,0.05,",
        "A,eur," + JUNE + ",Storage,,,st-1,10,10,33.333,");
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(List.of(new CurrencyLine("EUR", new BigDecimal("11.2345"), 3,
        new BigDecimal("133.383"), new BigDecimal("1498.49"))), result.currencies());
    assertEquals(new BigDecimal("1498.49"), result.poolRows().get(0).amount(),
        "1123.45 + 0.56 + 374.48: each row rounded, not the exact sum 1498.4964135");
    assertEquals(new BigDecimal("1498.49"), result.totalCost());
    assertEquals("FOCUS focus.csv (EUR à 11,2345 kr), 3 rader: Virtual Machines, Storage",
        result.poolRows().get(0).note(), "the stored pool cost keeps the rate");
  }

  @Test
  void aCurrencyWithoutARateForTheMonthNamesRowCurrencyAndMonth() throws IOException {
    FocusResult result = read(HEADER,
        "A,USD," + JUNE + ",Virtual Machines,,,vm-1,744,744,10.00,");
    assertFalse(result.valid());
    ImportProblem problem = result.problems().get(0);
    assertEquals(2, problem.row());
    assertEquals("BillingCurrency", problem.column());
    assertEquals("focus.problem.rateMissing", problem.key());
    assertEquals("Det finns ingen växelkurs för USD i 2018-06. Lägg in månadens kurs på sidan"
        + " Valutakurser och läs in igen.", problem.reason());
    assertFalse(result.hasMapped());
  }

  @Test
  void theLiteralNullIsReadAsEmptySoACreditWithoutQuantityIsUsed() throws IOException {
    FocusResult result = read(HEADER,
        "A,SEK," + JUNE + ",Power BI,NULL," + SUB + ",lic-1,NULL,10,950.00,null",
        "A,SEK," + JUNE + ",Power BI,NULL," + SUB + ",lic-2,\"NULL\",1,-95.00,\"Null\"");
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(List.of(new BigDecimal("10.0000"), new BigDecimal("1.0000")),
        result.consumptionRows().stream().map(FocusResult.ConsumptionRow::quantity).toList(),
        "PricingQuantity where ConsumedQuantity is NULL");
    assertEquals(new BigDecimal("855.00"), result.totalCost(), "BilledCost where EffectiveCost"
        + " is NULL, the credit included");
    assertEquals("", FocusImport.cell("\"NULL\""), "quotes left around it");
    assertEquals("", FocusImport.cell(" nUlL "));
    assertEquals("NULLABLE", FocusImport.cell("NULLABLE"));
  }

  @Test
  void eachCostMappingReadsTheCostColumnItNames() throws IOException {
    FocusResult result = read(HEADER,
        "A,SEK," + JUNE + ",Reservations,,,ri-1,,1,12000.00,0",
        "A,SEK," + JUNE + ",Virtual Machines,,,vm-1,744,744,0,1000.00",
        "A,SEK," + JUNE + ",Storage,,,st-1,10,10,80.00,");
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(new BigDecimal("13080.00"), result.totalCost(),
        "the purchase at BilledCost, the VM at EffectiveCost, storage falls back to BilledCost");
    assertEquals(1, result.effectiveCostRows());
    assertEquals(2, result.billedCostRows());
  }

  @Test
  void theColumnNamesOfFocus10To12AndThePreviewAreAccepted() throws IOException {
    String row = "A,EUR," + JUNE + ",Storage,,,st-1,10,10,80.00,60.00";
    String v10 = HEADER + ",ChargeCategory,ProviderName";
    String v11 = HEADER + ",ServiceSubcategory,CapacityReservationId,CommitmentDiscountQuantity";
    String v12 = "PricingCurrency,PricingCurrencyEffectiveCost,InvoiceId,SubAccountType,"
        + HEADER;
    String preview = HEADER.replace("ConsumedQuantity", "UsageQuantity")
        .replace("EffectiveCost", "AmortizedCost");
    for (String[] file : new String[][] {{v10, row + ",Usage,Microsoft"},
        {v11, row + ",Storage,,5"}, {v12, "USD,99999,INV-1,Standard," + row},
        {preview, row}}) {
      FocusResult result = read(file[0], file[1]);
      assertTrue(result.valid(), file[0] + ": " + result.problems());
      assertEquals(new BigDecimal("674.07"), result.totalCost(),
          file[0] + ": EffectiveCost 60 EUR × 11.2345, not PricingCurrencyEffectiveCost");
    }
  }

  private FocusResult read(String header, String... rows) throws IOException {
    Path file = dir.resolve("focus.csv");
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
    return new FocusImport(RULES, RATES).read(TabularFile.open(file), "focus.csv", n -> { });
  }
}
