package se.tjanstekatalog.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.Pricing;
import se.tjanstekatalog.shared.Amount;

class PricingTest {
  @Test
  void chargedPriceIsCostPlusMarkupRoundedOnceToOre() {
    // PRODUCT.md example 3: 250,00 kr + 2 % = 255,00 kr.
    assertEquals(Amount.of("255.00"), Pricing.chargedPrice(Amount.of("250.00"),
        new BigDecimal("2")));
    // 99,99 × 1,025 = 102,48975 → HALF_UP → 102,49
    assertEquals(Amount.of("102.49"), Pricing.chargedPrice(Amount.of("99.99"),
        new BigDecimal("2.5")));
    // 0,05 × 1,1 = 0,055 → 0,06 (half up, not half even)
    assertEquals(Amount.of("0.06"), Pricing.chargedPrice(Amount.of("0.05"), BigDecimal.TEN));
    assertEquals(Amount.of("250.00"), Pricing.chargedPrice(Amount.of("250.00"),
        BigDecimal.ZERO));
  }

  @Test
  void nextYearsCostIsIndexedToOre() {
    // 250,00 × 1,031 = 257,75
    assertEquals(Amount.of("257.75"), Pricing.indexed(Amount.of("250.00"),
        new BigDecimal("3.1")));
    // 1,20 × 1,031 = 1,2372 → 1,24
    assertEquals(Amount.of("1.24"), Pricing.indexed(Amount.of("1.20"), new BigDecimal("3.1")));
  }

  @Test
  void monthRangesOverlapWhenTheyShareAMonth() {
    YearMonth jan26 = YearMonth.of(2026, 1);
    YearMonth dec26 = YearMonth.of(2026, 12);
    assertTrue(Pricing.overlaps(jan26, dec26, YearMonth.of(2026, 12), YearMonth.of(2027, 11)));
    assertTrue(Pricing.overlaps(jan26, dec26, YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    assertFalse(Pricing.overlaps(jan26, dec26, YearMonth.of(2027, 1), YearMonth.of(2027, 12)));
    assertFalse(Pricing.overlaps(YearMonth.of(2027, 1), YearMonth.of(2027, 12), jan26, dec26));
  }
}
