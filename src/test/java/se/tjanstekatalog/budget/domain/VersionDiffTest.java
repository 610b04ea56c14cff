package se.tjanstekatalog.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.budget.domain.VersionDiff.Difference;
import se.tjanstekatalog.budget.domain.VersionDiff.Figure;
import se.tjanstekatalog.shared.Amount;

class VersionDiffTest {
  static Figure f(long org, long area, String chargeback, String allocation, String binding) {
    return new Figure(org, area, Amount.of(chargeback), Amount.of(allocation),
        Amount.of(binding));
  }

  @Test
  void listsOnlyTheOrgsAndAreasThatChangedWithTheirDifference() {
    List<Figure> v1 = List.of(f(1, 10, "1000.00", "900.00", "1000.00"),
        f(1, 20, "50.00", "50.00", "50.00"), f(2, 10, "700.00", "650.00", "700.00"));
    List<Figure> v2 = List.of(f(1, 10, "1262.91", "900.00", "1262.91"),
        f(1, 20, "50.00", "50.00", "50.00"), f(3, 10, "10.00", "10.00", "10.00"));
    List<Difference> d = VersionDiff.between(v1, v2);
    assertEquals(3, d.size());
    assertEquals(List.of(1L, 2L, 3L), d.stream().map(Difference::orgId).toList());
    assertEquals(Amount.of("262.91"), d.get(0).change());
    assertEquals(Amount.of("262.91"), d.get(0).chargebackChange());
    assertEquals(Amount.ZERO, d.get(0).allocationChange());
    assertEquals(Amount.of("-700.00"), d.get(1).change());
    assertEquals(Amount.of("-650.00"), d.get(1).allocationChange());
    assertEquals(Amount.of("10.00"), d.get(2).change());
  }

  @Test
  void aChangedShadowIsADifferenceThoughTheBindingAmountStays() {
    // a planned volume in a solidarisk area: internfakturering (the shadow) moves, the share not
    List<Difference> d = VersionDiff.between(List.of(f(1, 10, "978025.20", "600000.01",
        "600000.01")), List.of(f(1, 10, "1004316.20", "600000.01", "600000.01")));
    assertEquals(1, d.size());
    assertEquals(Amount.ZERO, d.get(0).change());
    assertEquals(Amount.of("26291.00"), d.get(0).chargebackChange());
  }
}
