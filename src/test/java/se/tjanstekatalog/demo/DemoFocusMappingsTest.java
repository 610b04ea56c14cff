package se.tjanstekatalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.consumption.control.ExchangeRateCsv;
import se.tjanstekatalog.consumption.control.ExchangeRates;
import se.tjanstekatalog.consumption.control.FocusImport;
import se.tjanstekatalog.consumption.control.FocusResult;
import se.tjanstekatalog.consumption.control.FocusResult.ConsumptionRow;
import se.tjanstekatalog.consumption.control.FocusResult.Missing;
import se.tjanstekatalog.consumption.control.FocusResult.Unmapped;
import se.tjanstekatalog.consumption.control.FocusRule;
import se.tjanstekatalog.shared.imports.TabularFile;

/** The demo mappings fit the demo catalogue and the sample bill in docs/examples. */
class DemoFocusMappingsTest {
  private static final Path SAMPLE = Path.of("docs/examples/focus-2026-10.csv");

  @Test
  void everyMappedLevelTakesConsumptionAndEveryOrgExists() {
    Set<String> orgs = DemoOrganisations.ALL.stream().map(DemoOrganisations.DemoOrg::code)
        .collect(Collectors.toSet());
    for (FocusRule rule : DemoFocusMappings.RULES) {
      if (rule.orgCode() != null) {
        assertTrue(orgs.contains(rule.orgCode()), rule.toString());
      }
      if (rule.levelCode() != null) {
        DemoServices.ServiceDef service = DemoServices.service(rule.serviceCode());
        service.level(rule.levelCode());
        assertNotEquals(Unit.FIXED_MONTHLY, service.unit(), "refused for consumption: " + rule);
        assertEquals(Lifecycle.ACTIVE, service.lifecycle(), rule.toString());
      }
      if (rule.poolCode() != null) {
        assertNotEquals("DIGITALISERINGSSTOD", rule.poolCode(), "that area has no pool");
      }
    }
  }

  @Test
  void theSampleBillMapsExceptFourRowsLeftOutOnPurpose() throws IOException {
    FocusResult result = new FocusImport(DemoFocusMappings.RULES)
        .read(TabularFile.open(SAMPLE), "focus-2026-10.csv", n -> { });
    assertTrue(result.valid(), result.problems().toString());
    List<Unmapped> unmapped = result.unmapped();
    assertEquals(List.of("Backup", "Azure OpenAI Service", "Azure AI Search",
        "Microsoft 365 Copilot"), unmapped.stream().map(Unmapped::serviceName).toList());
    assertEquals(List.of(Missing.ORG, Missing.ORG_AND_COST, Missing.ORG_AND_COST,
        Missing.COST), unmapped.stream().map(Unmapped::missing).toList());
    assertEquals(new BigDecimal("15645.84"), result.unmappedCost(),
        "86,49 + 4 627,01 + 1 062,34 + 25 × 394,80");
    assertEquals(Set.of("GSF", "SBK", "SF", "HVOF", "MF", "KF"),
        result.consumptionRows().stream().map(ConsumptionRow::orgCode)
            .collect(Collectors.toSet()));
    assertEquals(List.of("Power BI Pro", "Visio Plan 2"), result.consumptionRows().stream()
        .filter(r -> r.orgCode().equals("SBK") && r.serviceCode().equals("DIG-LIC"))
        .map(ConsumptionRow::reference).toList(),
        "two licence products on one level stay two rows, named by their service");
    assertEquals(10, result.consumptionRows().size());
    assertEquals(Set.of("INFRASTRUKTUR", "INFORMATIONSSAKERHET", "KOMMUNIKATION"),
        result.poolRows().stream().map(FocusResult.PoolRow::poolCode)
            .collect(Collectors.toSet()));
    assertEquals(0, result.totalCost().compareTo(result.pooledCost()
        .add(result.consumptionOnlyCost()).add(result.unmappedCost())));
  }

  @Test
  void theEuroSampleConvertsWithTheSampleRatesFile() throws IOException {
    ExchangeRateCsv.Result rates = ExchangeRateCsv.read(TabularFile.open(
        Path.of("docs/examples/valutakurser-2026.csv")));
    assertTrue(rates.valid(), rates.problems().toString());
    FocusResult result = new FocusImport(DemoFocusMappings.RULES,
        new ExchangeRates(rates.rates())).read(TabularFile.open(
            Path.of("docs/examples/focus-eur-2026-11.csv")), "focus-eur-2026-11.csv", n -> { });
    assertTrue(result.valid(), result.problems().toString());
    assertEquals(List.of(new FocusResult.CurrencyLine("EUR", new BigDecimal("11.1578"), 4,
        new BigDecimal("655.993"), new BigDecimal("7319.44"))), result.currencies(),
        "4 605,94 + 2 213,26 + 639,71 − 139,47 kr, as docs/examples/focus-eur-2026-11.md says");
    assertEquals(List.of("INFRASTRUKTUR"), result.poolRows().stream()
        .map(FocusResult.PoolRow::poolCode).toList());
    assertEquals(new BigDecimal("7319.44"), result.poolRows().get(0).amount());
    assertEquals(0, result.unmappedRows());
  }
}
