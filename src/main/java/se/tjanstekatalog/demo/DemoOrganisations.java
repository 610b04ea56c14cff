package se.tjanstekatalog.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.shared.Amount;

/**
 * The demo registers: Sjöstad's 14 förvaltningar and 4 bolag with plausible sizes, and the
 * second kommun Ekby's four orgs.
 */
final class DemoOrganisations {
  /** Headcount in January 2026 and annual turnover (omslutning) in MSEK. */
  record DemoOrg(String code, String name, OrgKind kind, String costCentre, String counterpart,
      int headcount, int turnoverMsek, boolean schoolYear) {
    BigDecimal monthlyTurnover() {
      return Amount.quotient(BigDecimal.valueOf(turnoverMsek).multiply(
          BigDecimal.valueOf(1_000_000)), BigDecimal.valueOf(12)).value();
    }
  }

  static final List<DemoOrg> ALL = List.of(
      adm("SLK", "Stadsledningskontoret", "1100", 420, 610, false),
      adm("SF", "Serviceförvaltningen", "1200", 1150, 1240, false),
      adm("OFN", "Överförmyndarförvaltningen", "1300", 40, 38, false),
      adm("GSF", "Grundskoleförvaltningen", "2100", 9000, 7400, true),
      adm("FSF", "Förskoleförvaltningen", "2200", 5200, 3900, true),
      adm("GVF", "Gymnasie- och vuxenutbildningsförvaltningen", "2300", 2600, 2450, true),
      adm("FUF", "Funktionsstödsförvaltningen", "3100", 3400, 2900, false),
      adm("HVOF", "Hälsa-, vård- och omsorgsförvaltningen", "3200", 7800, 6100, false),
      adm("ASF", "Arbetsmarknads- och socialförvaltningen", "3300", 2900, 3700, false),
      adm("MF", "Miljöförvaltningen", "4100", 260, 240, false),
      adm("SBK", "Stadsbyggnadskontoret", "4200", 480, 520, false),
      adm("FGK", "Fastighets- och gatukontoret", "4300", 950, 2300, false),
      adm("KF", "Kulturförvaltningen", "5100", 610, 560, false),
      adm("FRF", "Fritidsförvaltningen", "5200", 540, 610, false),
      company("BOAB", "Bostads AB", "8100", "5", 310, 1650),
      company("SNAB", "Stadsnät AB", "8200", "5", 65, 190),
      company("EAB", "Energi AB", "8300", "6", 540, 2600),
      company("PAB", "Parkerings AB", "8400", "6", 45, 120));

  /**
   * The demo's second kommun, Ekby, served by Sjöstad's IT nämnd: three förvaltningar and a
   * bolag. Each subscribes to what its Sjöstad counterpart (the value) does.
   */
  static final List<DemoOrg> EKBY = List.of(
      adm("KS", "Kommunstyrelsens förvaltning", "1100", 180, 240, false),
      adm("BUF", "Barn- och utbildningsförvaltningen", "2100", 1400, 1150, true),
      adm("SOC", "Socialförvaltningen", "3100", 1100, 980, false),
      company("EBAB", "Ekby Bostäder AB", "8100", "5", 40, 210));
  /** In Ekby's code order, so every demo database gets the same rows in the same order. */
  static final Map<String, String> EKBY_COUNTERPART = java.util.Collections.unmodifiableMap(
      new java.util.TreeMap<>(Map.of("KS", "SLK", "BUF", "GSF", "SOC", "ASF", "EBAB", "BOAB")));

  /** Ekby's headcount as a share of Sjöstad's (January figures), to four decimals. */
  static BigDecimal ekbyShare() {
    int ekby = EKBY.stream().mapToInt(DemoOrg::headcount).sum();
    int sjostad = ALL.stream().mapToInt(DemoOrg::headcount).sum();
    return BigDecimal.valueOf(ekby).divide(BigDecimal.valueOf(sjostad), 4,
        java.math.RoundingMode.HALF_UP);
  }

  /** The demo's ekonomichefer (GSF's and BOAB's are the demo users the README names). */
  private static final Map<String, String> FINANCE_CHIEFS = Map.ofEntries(
      Map.entry("SLK", "Lena Lindqvist"), Map.entry("SF", "Anders Sundberg"),
      Map.entry("OFN", "Maria Öberg"), Map.entry("FSF", "Karin Holm"),
      Map.entry("GVF", "Johan Ek"), Map.entry("FUF", "Sofia Berglund"),
      Map.entry("HVOF", "Per Åström"), Map.entry("ASF", "Fatima Hassan"),
      Map.entry("MF", "Erik Nyström"), Map.entry("SBK", "Sara Björk"),
      Map.entry("FGK", "Mikael Dahl"), Map.entry("KF", "Ingrid Sjöberg"),
      Map.entry("FRF", "Ali Karimi"), Map.entry("SNAB", "Helena Strand"),
      Map.entry("EAB", "Olof Wikström"), Map.entry("PAB", "Nina Forsberg"));

  private DemoOrganisations() {}

  static String financeChief(String code) {
    String name = FINANCE_CHIEFS.get(code);
    if (name == null) {
      throw new IllegalArgumentException("No demo ekonomichef for " + code);
    }
    return name;
  }

  private static DemoOrg adm(String code, String name, String costCentre, int headcount,
      int turnoverMsek, boolean schoolYear) {
    return new DemoOrg(code, name, OrgKind.ADMINISTRATION, costCentre, "1", headcount,
        turnoverMsek, schoolYear);
  }

  private static DemoOrg company(String code, String name, String costCentre, String counterpart,
      int headcount, int turnoverMsek) {
    return new DemoOrg(code, name, OrgKind.COMPANY, costCentre, counterpart, headcount,
        turnoverMsek, false);
  }
}
