package se.tjanstekatalog.statement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

class StatementTest {
  static final YearMonth NOV = YearMonth.of(2026, 11);
  static final YearMonth OCT = YearMonth.of(2026, 10);

  static Statement.Line qty(String model, boolean binding, String area, String service,
      String qty, String price, String vat) {
    BigDecimal q = new BigDecimal(qty);
    BigDecimal p = new BigDecimal(price);
    return new Statement.Line(model + ":" + area + ":" + service + ":L:-:CONSUMPTION", model,
        binding, area, area + " namn", service, "Standard", null, null, null, null,
        "CONSUMPTION", q, p, null, null, Amount.line(q, p),
        vat == null ? null : new BigDecimal(vat));
  }

  static Statement.Line pool(boolean binding, String area, String pool, String cost,
      String keyValue, String keyTotal, String amount) {
    return new Statement.Line("ALLOCATION:" + area + ":-:-:" + pool + ":POOL", "ALLOCATION",
        binding, area, area + " namn", null, null, pool, pool + " pool", "HEADCOUNT",
        Amount.of(cost), "POOL", null, null, new BigDecimal(keyValue),
        new BigDecimal(keyTotal), Amount.of(amount), null);
  }

  static Statement statement(boolean company, List<Statement.Line> lines,
      List<Statement.Adjustment> adjustments) {
    return new Statement("GSF", "Grundskoleförvaltningen", company, NOV, "PRELIMINARY", lines,
        adjustments, List.of(), new BigDecimal("25.00"), null, null);
  }

  static Statement.Adjustment adjustment(String amount) {
    return new Statement.Adjustment(YearMonth.of(2026, 8), "Arbetsplats", "Arbetsplats / Dator",
        Amount.of("1000.00"), Amount.of(amount), "Fel antal");
  }

  @Test
  void bindingTotalIsTheSumOfBindingLinesAndAdjustments() {
    Statement s = statement(false, List.of(
        qty("CHARGEBACK", true, "KOM", "E-post", "10", "12.50", null),
        qty("CHARGEBACK", true, "KOM", "Mobil", "3", "199.99", null),
        qty("CHARGEBACK", true, "SYS", "Ekonomi", "1", "5000", null),
        pool(true, "ARB", "ARBPOOL", "100000.00", "9000", "30000", "30000.00"),
        qty("CHARGEBACK", false, "ARB", "Dator", "40", "650", null),
        pool(false, "KOM", "KOMPOOL", "5000.00", "9000", "30000", "1500.00")),
        List.of(adjustment("-250.50"), adjustment("100.00")));
    assertEquals(Amount.of("35724.97"), s.bindingLinesTotal());
    assertEquals(Amount.of("-150.50"), s.adjustmentsTotal());
    assertEquals(Amount.of("35574.47"), s.bindingTotal());
    assertEquals(Amount.of("27500.00"), s.shadowTotal());
    assertEquals(2, s.areaGroups().size());
    assertEquals(Amount.of("724.97"), s.areaGroups().get(0).total());
    assertEquals(Amount.of("5000.00"), s.areaGroups().get(1).total());
    Amount groups = s.areaGroups().stream().map(Statement.AreaGroup::total)
        .reduce(Amount.ZERO, Amount::plus);
    assertEquals(s.bindingTotal(), groups.plus(s.pooledTotal()).plus(s.adjustmentsTotal()));
    assertEquals(new BigDecimal("30.0000"), s.pooledLines().get(0).sharePercent());
    assertNull(s.vat(), "a förvaltning pays no VAT");
  }

  @Test
  void differenceIsBindingLinesMinusShadowInPercentOfShadow() {
    Statement s = statement(false, List.of(
        qty("CHARGEBACK", true, "KOM", "E-post", "10", "110", null),
        qty("ALLOCATION", false, "KOM", "E-post", "10", "100", null)),
        List.of(adjustment("999.00")));
    assertEquals(Amount.of("100.00"), s.difference(), "adjustments left out");
    assertEquals(new BigDecimal("10.0"), s.differencePercent());
    Statement noShadow = statement(false,
        List.of(qty("CHARGEBACK", true, "KOM", "E-post", "1", "1", null)), List.of());
    assertNull(noShadow.differencePercent());
    Statement negative = statement(false, List.of(
        qty("CHARGEBACK", true, "KOM", "E-post", "2", "100", null),
        qty("ALLOCATION", false, "KOM", "E-post", "3", "100", null)), List.of());
    assertEquals(new BigDecimal("-33.3"), negative.differencePercent());
  }

  @Test
  void aBolagsVatIsPerLineAtTheServiceRateElseTheDefault() {
    Statement s = statement(true, List.of(
        qty("CHARGEBACK", true, "KOM", "E-post", "1", "10.02", "25.00"),
        qty("CHARGEBACK", true, "KOM", "Bok", "1", "10.02", "6.00"),
        pool(true, "ARB", "ARBPOOL", "100.00", "1", "3", "33.33"),
        qty("CHARGEBACK", false, "ARB", "Dator", "1", "500", "25.00")),
        List.of(adjustment("-10.00")));
    Statement.Vat vat = s.vat();
    // 2.505 → 2.51; 0.6012 → 0.60; 8.3325 → 8.33; -2.50; the shadow line has no VAT
    assertEquals(Amount.of("43.37"), vat.excludingVat());
    assertEquals(Amount.of("8.94"), vat.vat());
    assertEquals(Amount.of("52.31"), vat.includingVat());
    assertEquals(vat.excludingVat(), s.bindingTotal());
  }

  @Test
  void volumeIsTheQuantityChangeAtTheOldPriceAndPriceTheRest() {
    List<Statement.Line> before = List.of(qty("CHARGEBACK", true, "KOM", "E-post", "10", "12.50",
        null));
    List<Statement.Line> after = List.of(qty("CHARGEBACK", true, "KOM", "E-post", "12", "13.00",
        null));
    Effects e = Effects.of(OCT, before, after);
    assertEquals(Amount.of("125.00"), e.before());
    assertEquals(Amount.of("156.00"), e.after());
    assertEquals(Amount.of("25.00"), e.volume());
    assertEquals(Amount.of("6.00"), e.price());
    assertEquals(Amount.of("0.00"), e.allocation());
    assertEquals(Amount.of("31.00"), e.change());
    assertEquals(new BigDecimal("24.8"), e.changePercent());
  }

  @Test
  void aPoolsCostChangeAtTheOldShareIsPriceAndTheShareChangeAllocation() {
    Effects e = Effects.of(OCT,
        List.of(pool(true, "ARB", "P", "100000.00", "9000", "30000", "30000.00")),
        List.of(pool(true, "ARB", "P", "110000.00", "9100", "30000", "33366.67")));
    assertEquals(Amount.of("3000.00"), e.price());
    assertEquals(Amount.of("366.67"), e.allocation());
    assertEquals(Amount.of("0.00"), e.volume());
  }

  @Test
  void newAndGoneLinesAreVolumeOrAllocationAndModelSwitchesAllocation() {
    Effects e = Effects.of(OCT,
        List.of(qty("CHARGEBACK", true, "KOM", "Gone", "1", "50", null),
            qty("CHARGEBACK", true, "ARB", "Dator", "40", "650", null),
            pool(false, "ARB", "P", "1.00", "1", "2", "0.50")),
        List.of(qty("CHARGEBACK", true, "KOM", "New", "2", "30", null),
            pool(true, "ARB", "P", "30000.00", "1", "2", "15000.00"),
            pool(true, "SYS", "S", "100.00", "1", "4", "25.00")));
    // KOM: -50 + 60 volume; ARB switched model: 15000 - 26000; SYS pool new: allocation 25
    assertEquals(Amount.of("10.00"), e.volume());
    assertEquals(Amount.of("-10975.00"), e.allocation());
    assertEquals(Amount.of("0.00"), e.price());
    assertEquals(e.change(), e.price().plus(e.volume()).plus(e.allocation()));
  }

  @Test
  void theThreeEffectsAlwaysSumToTheChangeToTheOre() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<Statement.Line> before = randomLines(random);
      List<Statement.Line> after = randomLines(random);
      Effects e = Effects.of(OCT, before, after);
      Amount expected = sum(after).minus(sum(before));
      assertEquals(expected, e.change(), "change of the binding lines");
      assertEquals(e.change(), e.price().plus(e.volume()).plus(e.allocation()),
          "round " + round);
    }
  }

  private static Amount sum(List<Statement.Line> lines) {
    return lines.stream().filter(Statement.Line::binding).map(Statement.Line::amount)
        .reduce(Amount.ZERO, Amount::plus);
  }

  private static List<Statement.Line> randomLines(Random r) {
    List<Statement.Line> lines = new ArrayList<>();
    String[] areas = {"ARB", "KOM", "SYS"};
    for (int i = 0; i < 6; i++) {
      if (r.nextInt(3) == 0) {
        continue;
      }
      String area = areas[i % 3];
      String model = r.nextInt(5) == 0 ? "ALLOCATION" : "CHARGEBACK";
      lines.add(qty(model, r.nextBoolean() || i < 3, area, "S" + i,
          BigDecimal.valueOf(r.nextInt(100000), 3).toPlainString(),
          BigDecimal.valueOf(r.nextInt(100000), 2).toPlainString(), null));
    }
    for (int i = 0; i < 3; i++) {
      if (r.nextBoolean()) {
        long total = 1 + r.nextInt(50000);
        long value = r.nextInt((int) total);
        BigDecimal cost = BigDecimal.valueOf(r.nextInt(10_000_000), 2);
        BigDecimal amount = cost.multiply(BigDecimal.valueOf(value))
            .divide(BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP);
        lines.add(pool(true, areas[i], "P" + i, cost.toPlainString(), Long.toString(value),
            Long.toString(total), amount.toPlainString()));
      }
    }
    return lines;
  }
}
