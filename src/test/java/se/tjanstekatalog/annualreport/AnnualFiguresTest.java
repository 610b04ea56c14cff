package se.tjanstekatalog.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.annualreport.domain.KeyFigures.OrgFigure;
import se.tjanstekatalog.annualreport.domain.ModelCosts;
import se.tjanstekatalog.annualreport.domain.PoolRecovery;
import se.tjanstekatalog.annualreport.domain.PriceChange;
import se.tjanstekatalog.annualreport.domain.VolumeChange;
import se.tjanstekatalog.annualreport.domain.VolumeChange.Volume;
import se.tjanstekatalog.shared.Amount;

class AnnualFiguresTest {

  private static Amount kr(String v) {
    return Amount.of(v);
  }

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  @Test
  void volumesAreSummedPerServiceAndComparedWithThePreviousYear() {
    List<Volume> now = List.of(
        new Volume("ARB-DATOR", "Dator", "PER_DEVICE", n("300"), kr("76500.00")),
        new Volume("ARB-DATOR", "Dator", "PER_DEVICE", n("310"), kr("79050.00")),
        new Volume("NY-TJANST", "Ny", "PER_USER", n("5"), kr("100.00")));
    List<Volume> before = List.of(
        new Volume("ARB-DATOR", "Dator", "PER_DEVICE", n("250"), kr("60000.00")),
        new Volume("ARB-DATOR", "Dator", "PER_DEVICE", n("250"), kr("60000.00")),
        new Volume("GAMMAL", "Gammal", "PER_GB", n("40"), kr("400.00")));

    List<VolumeChange> changes = VolumeChange.compare(now, before);

    assertEquals(List.of("ARB-DATOR", "NY-TJANST", "GAMMAL"),
        changes.stream().map(VolumeChange::serviceCode).toList());
    VolumeChange dator = changes.get(0);
    assertEquals(0, n("610").compareTo(dator.current()));
    assertEquals(0, n("500").compareTo(dator.previous()));
    assertEquals(0, n("110").compareTo(dator.change()));
    // 110 / 500 = 22,0 %
    assertEquals(n("22.0"), dator.changePercent());
    // the cost is this year's only: 76 500 + 79 050
    assertEquals(kr("155550.00"), dator.cost());
    // a new service has no base for a percentage; a gone one falls by 100 %
    assertNull(changes.get(1).changePercent());
    assertEquals(n("-100.0"), changes.get(2).changePercent());
  }

  @Test
  void aVolumeChangeRoundsHalfUpToOneDecimal() {
    // 1 / 3 = 33,333… % → 33,3 %; 2 / 3 = 66,666… % → 66,7 %
    assertEquals(n("33.3"), new VolumeChange("A", "A", "PER_USER", n("3"), n("4"), null)
        .changePercent());
    assertEquals(n("66.7"), new VolumeChange("A", "A", "PER_USER", n("3"), n("5"), null)
        .changePercent());
  }

  @Test
  void aPriceChangeIsMeasuredAgainstThePriceBeforeTheYear() {
    PriceChange raised = new PriceChange("ARB", "Arbetsplats", "Standard", kr("255.00"),
        kr("262.91"));
    assertTrue(raised.changed());
    // 7,91 / 255 = 3,102 % → 3,1 %
    assertEquals(n("3.1"), raised.changePercent());

    PriceChange same = new PriceChange("ARB", "Arbetsplats", "Bas", kr("100.00"),
        kr("100.00"));
    assertFalse(same.changed());
    assertEquals(n("0.0"), same.changePercent());

    PriceChange priced = new PriceChange("NY", "Ny", "Bas", null, kr("50.00"));
    assertTrue(priced.changed());
    assertNull(priced.changePercent());

    assertFalse(new PriceChange("X", "X", "Bas", kr("10.00"), null).changed());
  }

  @Test
  void theRecoveryRateIsRevenueOverCost() {
    PoolRecovery pool = new PoolRecovery("ARB", "Arbetsplats", kr("1000000.00"),
        kr("950000.00")).plus(kr("1000000.00"), kr("1070000.00"));
    assertEquals(kr("2000000.00"), pool.cost());
    assertEquals(kr("2020000.00"), pool.revenue());
    // 2 020 000 / 2 000 000 = 101,0 %
    assertEquals(n("101.0"), pool.recoveryPercent());
    assertEquals(kr("20000.00"), pool.surplus());
    assertNull(new PoolRecovery("T", "Tom", Amount.ZERO, kr("5.00")).recoveryPercent());
  }

  @Test
  void modelCostsAddUpAndCompareTheModels() {
    ModelCosts a = new ModelCosts(kr("100.00"), kr("120.00"), kr("100.00"));
    ModelCosts b = new ModelCosts(kr("300.00"), kr("260.00"), kr("260.00"));
    ModelCosts sum = a.plus(b);
    assertEquals(new ModelCosts(kr("400.00"), kr("380.00"), kr("360.00")), sum);
    assertEquals(kr("-20.00"), sum.difference());
    // −20 / 400 = −5,0 %
    assertEquals(n("-5.0"), sum.differencePercent());
  }

  @Test
  void mediansAreTakenPerGroupLeavingOutMissingRatios() {
    List<OrgFigure> orgs = List.of(
        org("A", false, "3000.00", "50.00"),
        org("B", false, "5000.00", null),
        org("C", false, "4000.00", "70.00"),
        org("D", false, null, "90.00"),
        org("E", true, "8000.00", "10.00"),
        org("F", true, "6000.00", "30.00"));

    KeyFigures k = KeyFigures.of(orgs);

    assertEquals(List.of("A", "B", "C", "D"),
        k.administrations().stream().map(OrgFigure::code).toList());
    assertEquals(4, k.administrationMedian().orgs());
    // per employee: 3000, 4000, 5000 (D has none) → 4000
    assertEquals(kr("4000.00"), k.administrationMedian().perEmployee());
    // per MSEK: 50, 70, 90 (B has none) → 70
    assertEquals(kr("70.00"), k.administrationMedian().perMsek());
    // even count: the mean of the middle two, 6000 and 8000 → 7000; 10 and 30 → 20
    assertEquals(kr("7000.00"), k.companyMedian().perEmployee());
    assertEquals(kr("20.00"), k.companyMedian().perMsek());
    assertNull(KeyFigures.NONE.companyMedian().perEmployee());
  }

  private static OrgFigure org(String code, boolean company, String perEmployee,
      String perMsek) {
    return new OrgFigure(code, code, company, null, null, kr("1.00"),
        perEmployee == null ? null : kr(perEmployee), perMsek == null ? null : kr(perMsek));
  }
}
