package se.tjanstekatalog.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.dashboard.domain.ServiceTrend.Volume;
import se.tjanstekatalog.shared.Amount;

class ServiceTrendTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Amount a(String v) {
    return Amount.of(v);
  }

  private static Volume pc(int month, String quantity, String amount) {
    return new Volume(7, "ARB-PC", "Arbetsplats PC", "Arbetsplats", "PER_DEVICE",
        YearMonth.of(2027, month), d(quantity), Amount.of(amount));
  }

  private static Volume hours(int month, String quantity, String amount) {
    return new Volume(9, "UTV", "Utvecklingstimmar", "Digitaliseringsstöd", "PER_HOUR",
        YearMonth.of(2027, month), d(quantity), Amount.of(amount));
  }

  @Test
  void volumeIsTheSumOfQuantityAndCostPerUnitTheAmountPerUnitOverAllLevels() {
    // two levels in January: 100 × 255,00 and 50 × 306,00
    List<ServiceTrend> trends = ServiceTrend.of(2027, List.of(
        pc(1, "100", "25500.00"), pc(1, "50", "15300.00"), pc(2, "160", "40800.00"),
        hours(3, "12.5", "11875.00")));
    assertEquals(2, trends.size());
    ServiceTrend pc = trends.get(0);
    assertEquals("Arbetsplats", pc.areaName(), "by area, then name");
    assertEquals(12, pc.months().size());
    assertEquals(d("150"), pc.months().get(0).volume());
    assertEquals(a("40800.00"), pc.months().get(0).cost());
    assertEquals(a("272.00"), pc.months().get(0).costPerUnit(), "40 800 / 150");
    assertEquals(a("255.00"), pc.months().get(1).costPerUnit());
    assertNull(pc.months().get(2).volume(), "no lines in March");
    assertNull(pc.months().get(2).costPerUnit());
    assertEquals(d("310"), pc.volume());
    assertEquals(a("81600.00"), pc.cost());
    assertEquals(a("263.23"), pc.costPerUnit(), "81 600 / 310 HALF_UP");
    assertEquals(d("6.7"), pc.volumeChangePercent(), "150 → 160");
    assertEquals(d("-6.3"), pc.costPerUnitChangePercent(), "272 → 255");
    assertEquals("unit.PER_DEVICE", pc.unitKey());

    ServiceTrend utv = trends.get(1);
    assertEquals(a("950.00"), utv.costPerUnit(), "fractional hours");
    assertNull(utv.volumeChangePercent(), "one month: no trend");
  }

  @Test
  void zeroVolumeGivesNoCostPerUnitAndOtherYearsAreIgnored() {
    List<ServiceTrend> trends = ServiceTrend.of(2027, List.of(pc(1, "0", "0.00"),
        new Volume(7, "ARB-PC", "Arbetsplats PC", "Arbetsplats", "PER_DEVICE",
            YearMonth.of(2026, 12), d("5"), Amount.of("10.00"))));
    ServiceTrend pc = trends.get(0);
    assertFalse(pc.months().get(0).hasVolume());
    assertNull(pc.months().get(0).costPerUnit());
    assertNull(pc.costPerUnit());
    assertNull(pc.first());
    assertEquals(d("0"), pc.volume());
  }
}
