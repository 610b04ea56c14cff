package se.tjanstekatalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.catalogue.control.PriceBook;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.demo.DemoServices.LevelDef;
import se.tjanstekatalog.demo.DemoServices.ServiceDef;
import se.tjanstekatalog.demo.DemoServices.SubscriptionDef;
import se.tjanstekatalog.shared.Amount;

class DemoServicesTest {
  private static final Set<String> AREAS = Set.of("ARBETSPLATS", "KOMMUNIKATION",
      "INFRASTRUKTUR", "SYSTEMFORVALTNING", "SUPPORT", "INFORMATIONSSAKERHET",
      "DIGITALISERINGSSTOD");

  @Test
  void aboutFortyServicesInEverySevenAreasWithUniqueCodes() {
    List<ServiceDef> all = DemoServices.ALL;
    assertTrue(all.size() >= 38 && all.size() <= 45, "services: " + all.size());
    assertEquals(AREAS, all.stream().map(ServiceDef::areaCode).collect(Collectors.toSet()));
    assertEquals(all.size(), all.stream().map(ServiceDef::code).distinct().count());
    for (ServiceDef s : all) {
      assertTrue(s.code().matches("[A-Z]{3}-[A-Z]{2,10}"), s.code());
      assertNotNull(DemoServices.OWNERS.get(s.areaCode()), s.code());
      assertTrue(s.description().length() > 40, s.code());
    }
  }

  @Test
  void oneToThreeComparableLevelsPerService() {
    for (ServiceDef s : DemoServices.ALL) {
      assertTrue(s.levels().size() >= 1 && s.levels().size() <= 3, s.code());
      assertEquals(s.levels().size(), s.levels().stream().map(LevelDef::code).distinct().count(),
          s.code());
      List<String> rows = rowKeys(s.levels().get(0));
      assertTrue(!rows.isEmpty(), s.code());
      for (LevelDef l : s.levels()) {
        assertEquals(rows, rowKeys(l), s.code() + " " + l.code());
        assertTrue(l.costPrice().compareTo(Amount.ZERO) > 0, s.code() + " " + l.code());
        l.commitments().forEach(c -> assertEquals(c.type().isNumeric(), c.number() != null));
        l.commitments().stream().filter(c -> c.type() == CommitmentType.FREE_TEXT)
            .forEach(c -> assertNotNull(c.label()));
      }
    }
  }

  @Test
  void datorarbetsplatsStandardIsTheExampleFromTheSpecification() {
    LevelDef standard = DemoServices.service("ARB-DATOR").level("STD");
    assertEquals(Amount.of("250.00"), standard.costPrice());
    assertEquals(Amount.of("255.00"),
        PriceBook.chargedPrice(standard.costPrice(), new BigDecimal("2.0000")));
    assertEquals(List.of("BAS", "STD", "UTOK"),
        DemoServices.service("ARB-DATOR").levels().stream().map(LevelDef::code).toList());
  }

  @Test
  void lifecyclesFinancingAndFirstMonths() {
    Map<Lifecycle, Long> byStage = DemoServices.ALL.stream()
        .collect(Collectors.groupingBy(ServiceDef::lifecycle, Collectors.counting()));
    assertEquals(2L, byStage.get(Lifecycle.PLANNED));
    assertEquals(1L, byStage.get(Lifecycle.RETIRING));
    assertEquals(1L, byStage.get(Lifecycle.RETIRED));
    for (String code : List.of("DIG-UTV", "DIG-PL", "DIG-KONS", "DIG-LIC", "SYS-SKOL")) {
      assertEquals(Financing.ALWAYS_CHARGED, DemoServices.service(code).financing(), code);
    }
    for (ServiceDef s : DemoServices.ALL) {
      for (LevelDef l : s.levels()) {
        YearMonth expected = s.lifecycle() == Lifecycle.PLANNED ? YearMonth.of(2027, 1)
            : s.code().equals(DemoServices.NEW_LEVEL_SERVICE)
                && l.code().equals(DemoServices.NEW_LEVEL_CODE)
                ? DemoServices.NEW_LEVEL_FROM : DemoServices.FIRST_OFFERED;
        assertEquals(expected, l.activeFrom(), s.code() + " " + l.code());
      }
    }
  }

  @Test
  void proposalsNameExistingLevels() {
    ServiceDef mobile = DemoServices.service(DemoServices.PRICE_CHANGE_SERVICE);
    assertEquals(Amount.of("145.00"), mobile.level(DemoServices.PRICE_CHANGE_LEVEL).costPrice());
    assertEquals(Amount.of("158.00"), DemoServices.PRICE_CHANGE_NEW_COST);
    assertEquals(YearMonth.of(2026, 9), DemoServices.service(DemoServices.NEW_LEVEL_SERVICE)
        .level(DemoServices.NEW_LEVEL_CODE).activeFrom());
    assertNotNull(DemoServices.service(DemoServices.PENDING_SERVICE)
        .level(DemoServices.PENDING_LEVEL));
  }

  @Test
  void everyOrgChoosesOfferedLevelsOfBaseServicesWithoutOverlap() {
    List<SubscriptionDef> subs = DemoServices.subscriptions();
    Set<String> orgs = DemoOrganisations.ALL.stream().map(DemoOrganisations.DemoOrg::code)
        .collect(Collectors.toSet());
    assertEquals(orgs, subs.stream().map(SubscriptionDef::orgCode).collect(Collectors.toSet()));
    Set<String> open = new HashSet<>();
    for (SubscriptionDef sub : subs) {
      ServiceDef s = DemoServices.service(sub.serviceCode());
      assertTrue(s.subscribable(), sub.toString());
      LevelDef l = s.level(sub.levelCode());
      assertTrue(!l.activeFrom().isAfter(sub.validFrom()), sub.toString());
      if (sub.validTo() == null) {
        assertTrue(open.add(sub.orgCode() + "/" + sub.serviceCode()), "overlap: " + sub);
      }
    }
    List<SubscriptionDef> ended = subs.stream().filter(s -> s.validTo() != null).toList();
    assertEquals(1, ended.size());
    assertEquals(YearMonth.of(2026, 6), ended.get(0).validTo());
    assertTrue(subs.contains(DemoServices.LEVEL_CHANGE));
    assertTrue(subs.stream().filter(s -> s.orgCode().equals("GSF")).count() >= 6);
    long perCompany = subs.stream().filter(s -> s.orgCode().equals("BOAB")).count();
    long perAdministration = subs.stream().filter(s -> s.orgCode().equals("MF")).count();
    assertTrue(perCompany < perAdministration);
  }

  private static List<String> rowKeys(LevelDef level) {
    return level.commitments().stream().map(DemoServices.CommitmentDef::rowKey).toList();
  }
}
