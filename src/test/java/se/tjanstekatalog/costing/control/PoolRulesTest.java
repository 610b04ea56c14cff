package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.costing.control.PoolRules.Edit;
import se.tjanstekatalog.costing.control.PoolRules.OrgFact;
import se.tjanstekatalog.costing.control.PoolRules.ServiceFact;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.shared.Violation;

class PoolRulesTest {
  private static final List<ServiceFact> SERVICES = List.of(
      new ServiceFact(1, "AP-STD", "Arbetsplats Standard", true),
      new ServiceFact(2, "AP-MOB", "Mobil arbetsplats", true),
      new ServiceFact(3, "AP-KONS", "Konsulttimmar arbetsplats", false));
  private static final List<OrgFact> ORGS = List.of(new OrgFact(10, "Grundskoleförvaltningen",
      false), new OrgFact(11, "Stadsledningskontoret", false), new OrgFact(20, "Bostads AB",
      true));

  private static Edit edit(AllocationKey key, Set<Long> services, Map<Long, BigDecimal> shares) {
    return new Edit("Pool Arbetsplats", key, false, true, services, shares);
  }

  private static List<String> check(Edit edit, Map<Long, String> others) {
    return PoolRules.check(edit, SERVICES, ORGS, others).stream().map(Violation::message)
        .toList();
  }

  private static Map<Long, BigDecimal> shares(Object... orgAndPercent) {
    Map<Long, BigDecimal> m = new HashMap<>();
    for (int i = 0; i < orgAndPercent.length; i += 2) {
      m.put(((Number) orgAndPercent[i]).longValue(),
          orgAndPercent[i + 1] == null ? null : new BigDecimal((String) orgAndPercent[i + 1]));
    }
    return m;
  }

  @Test
  void aKeyChangeWithAllServicesOfTheAreaPasses() {
    assertEquals(List.of(), check(edit(AllocationKey.FTE, Set.of(), Map.of()), Map.of()));
  }

  @Test
  void fixedSharesMustSumToExactly100AndTheSumIsNamed() {
    assertEquals(List.of("Fasta andelar: andelarna summerar till 99,5 %. Summan ska vara exakt"
        + " 100 %."), check(edit(AllocationKey.FIXED_SHARE, Set.of(),
            shares(10, "50", 11, "49.5")), Map.of()));
    assertEquals(List.of("Fasta andelar: andelarna summerar till 0 %. Summan ska vara exakt"
        + " 100 %."), check(edit(AllocationKey.FIXED_SHARE, Set.of(), shares(10, null)),
            Map.of()));
    assertEquals(List.of(), check(edit(AllocationKey.FIXED_SHARE, Set.of(),
        shares(10, "33.3333", 11, "66.6667", 20, "0")), Map.of()));
  }

  @Test
  void sharesOutsideTheRangeOrWithTooManyDecimalsAreNamedPerOrg() {
    assertEquals(List.of("Fasta andelar: Grundskoleförvaltningen har 120 %; en andel ska vara"
        + " mellan 0 och 100 %.", "Fasta andelar: Stadsledningskontoret har 0,00001 %; högst 4"
        + " decimaler."), check(edit(AllocationKey.FIXED_SHARE, Set.of(),
            shares(10, "120", 11, "0.00001")), Map.of()));
  }

  @Test
  void aBolagGetsAShareOnlyWhenBolagTakePart() {
    Map<Long, BigDecimal> withBolag = shares(10, "60", 20, "40");
    assertEquals(List.of("Fasta andelar: Bostads AB är ett bolag och bolagen deltar inte i"
        + " poolen. Ta bort andelen eller låt bolagen delta."),
        check(edit(AllocationKey.FIXED_SHARE, Set.of(), withBolag), Map.of()));
    Edit bolagIn = new Edit("Pool Arbetsplats", AllocationKey.FIXED_SHARE, true, true,
        Set.of(), withBolag);
    assertEquals(List.of(), check(bolagIn, Map.of()));
  }

  @Test
  void sharesAreIgnoredAndNotStoredForOtherKeys() {
    Edit edit = edit(AllocationKey.HEADCOUNT, Set.of(), shares(10, "50"));
    assertEquals(List.of(), check(edit, Map.of()));
    assertTrue(PoolRules.storedShares(edit).isEmpty());
    Map<Long, BigDecimal> stored = PoolRules.storedShares(edit(AllocationKey.FIXED_SHARE,
        Set.of(), shares(10, "100", 11, "0", 20, null)));
    assertEquals(Map.of(10L, new BigDecimal("100.0000")), stored);
  }

  @Test
  void onlyPooledServicesOfTheOwnAreaCanBeChosen() {
    assertEquals(List.of("Tjänster: Konsulttimmar arbetsplats debiteras alltid den som"
        + " förbrukar och kan inte ingå i en pool."),
        check(edit(AllocationKey.HEADCOUNT, Set.of(1L, 3L), Map.of()), Map.of()));
    assertEquals(List.of("Tjänster: tjänsten 99 hör inte till poolens tjänsteområde."),
        check(edit(AllocationKey.HEADCOUNT, Set.of(99L), Map.of()), Map.of()));
  }

  @Test
  void aServiceCanBeInOneActivePoolOnly() {
    Map<Long, String> others = Map.of(2L, "Pool Mobilitet");
    assertEquals(List.of("Tjänster: Mobil arbetsplats ingår redan i Pool Mobilitet. En tjänst"
        + " kan bara ingå i en pool."), check(edit(AllocationKey.HEADCOUNT, Set.of(), Map.of()),
            others), "no choice means every pooled service of the area");
    assertEquals(List.of(), check(edit(AllocationKey.HEADCOUNT, Set.of(1L), Map.of()), others));
    Edit inactive = new Edit("Pool Arbetsplats", AllocationKey.HEADCOUNT, false, false,
        Set.of(), Map.of());
    assertEquals(List.of(), check(inactive, others), "an inactive pool covers nothing");
  }

  @Test
  void aNameIsRequired() {
    Edit edit = new Edit("  ", AllocationKey.HEADCOUNT, false, true, Set.of(), Map.of());
    assertEquals(List.of("Namn: ange ett namn."), check(edit, Map.of()));
  }
}
