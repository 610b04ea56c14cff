package se.tjanstekatalog.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;

class CataloguePricesTest {

  @Test
  void oneLevelShowsItsPricePerUnitAndMonth() {
    ServiceView s = service("PER_DEVICE", level("Standard", "255.00"));
    assertEquals("255,00\u00a0kr per enhet och månad", CataloguePrices.summary(s));
    assertEquals(List.of(), CataloguePrices.levels(s));
  }

  @Test
  void levelsWithDifferentPricesShowTheLowestAndEachLevel() {
    ServiceView s = service("PER_USER", level("Bas", "1250.50"), level("Plus", "310.00"),
        level("Utan pris", null));
    assertEquals("från 310,00\u00a0kr per användare och månad", CataloguePrices.summary(s));
    assertEquals(List.of("Bas: 1\u00a0250,50\u00a0kr", "Plus: 310,00\u00a0kr",
        "Utan pris: Pris saknas"), CataloguePrices.levels(s));
  }

  @Test
  void equalPricesNeedNoFrom() {
    ServiceView s = service("PER_HOUR", level("Dag", "950.00"), level("Kväll", "950.00"));
    assertEquals("950,00\u00a0kr per timme", CataloguePrices.summary(s));
    assertEquals(List.of(), CataloguePrices.levels(s));
  }

  @Test
  void noPriceListForTheMonthSaysSo() {
    ServiceView s = service("FIXED_MONTHLY", level("Bas", null));
    assertEquals("Pris saknas", CataloguePrices.summary(s));
  }

  private static ServiceView service(String unit, LevelView... levels) {
    return new ServiceView("S", "Service", "A", "Area", "", "", "", "ACTIVE", "Aktiv",
        "POOLED", "Kan ingå i pool", unit, unit, new BigDecimal("25"), List.of(levels));
  }

  private static LevelView level(String name, String price) {
    return new LevelView(name, name, "", List.of(), null,
        price == null ? null : Amount.of(price));
  }
}
