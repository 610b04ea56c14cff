package se.tjanstekatalog.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.organisation.control.KeyValueRules;
import se.tjanstekatalog.organisation.control.OrgUnitRules;
import se.tjanstekatalog.organisation.entity.KeyMeasure;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.shared.Violation;

class OrgUnitRulesTest {
  private static OrgUnitData org(String code, OrgKind kind, String counterpart, LocalDate from,
      LocalDate to) {
    return new OrgUnitData(null, 0, code, "Miljöförvaltningen", kind, "4100", counterpart, from,
        to).normalized();
  }

  private static List<String> messages(OrgUnitData org) {
    return OrgUnitRules.check(org).stream().map(Violation::message).toList();
  }

  @Test
  void aCorrectOrgPasses() {
    assertTrue(OrgUnitRules.check(org("mf", OrgKind.ADMINISTRATION, "1",
        LocalDate.of(2020, 1, 1), null)).isEmpty());
  }

  @Test
  void endBeforeStartIsRefusedInSwedishNamingBothDates() {
    assertEquals(List.of("Aktiv till: slutdatumet 2025-12-31 ligger före startdatumet 2026-01-01."),
        messages(org("MF", OrgKind.ADMINISTRATION, "1", LocalDate.of(2026, 1, 1),
            LocalDate.of(2025, 12, 31))));
  }

  @Test
  void counterpartMustMatchTheKind() {
    assertEquals(List.of("Motpart: ”5” är en bolagskod; en förvaltning har motpart 1–4."),
        messages(org("MF", OrgKind.ADMINISTRATION, "5", LocalDate.of(2026, 1, 1), null)));
    assertEquals(List.of("Motpart: ”1” är en kod inom kommunen; ett bolag har motpart 5–7."),
        messages(org("EAB", OrgKind.COMPANY, "1", LocalDate.of(2026, 1, 1), null)));
    assertEquals(List.of("Motpart: ”x” ska vara en sifferkod som börjar med 1–7."),
        messages(org("EAB", OrgKind.COMPANY, "x", LocalDate.of(2026, 1, 1), null)));
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    OrgUnitData empty = new OrgUnitData(null, 0, "", "", null, "", "", null, null).normalized();
    List<String> fields = OrgUnitRules.check(empty).stream().map(Violation::field).toList();
    assertEquals(List.of("code", "name", "kind", "costCentre", "counterpartCode", "activeFrom"),
        fields);
  }

  @Test
  void codesAreUpperCasedAndCheckedForShape() {
    assertEquals("GSF", org(" gsf ", OrgKind.ADMINISTRATION, "1", LocalDate.now(), null).code());
    assertEquals(List.of("Kod: ”G S” får bara innehålla versaler, siffror, - och _ (2–20 tecken)."),
        messages(org("g s", OrgKind.ADMINISTRATION, "1", LocalDate.of(2026, 1, 1), null)));
  }

  @Test
  void keyValuesAreNeverNegativeAndHeadcountIsWhole() {
    YearMonth march = YearMonth.of(2026, 3);
    assertEquals("GSF 2026-03: Antal medarbetare kan inte vara negativt (-5).",
        KeyValueRules.check("GSF", march, KeyMeasure.HEADCOUNT, new BigDecimal("-5"))
            .orElseThrow().message());
    assertEquals("GSF 2026-03: Antal medarbetare får ha högst 0 decimaler (12.5).",
        KeyValueRules.check("GSF", march, KeyMeasure.HEADCOUNT, new BigDecimal("12.5"))
            .orElseThrow().message());
    assertEquals("GSF 2026-03: Årsarbetare får ha högst 2 decimaler (1.125).",
        KeyValueRules.check("GSF", march, KeyMeasure.FTE, new BigDecimal("1.125"))
            .orElseThrow().message());
    assertTrue(KeyValueRules.check("GSF", march, KeyMeasure.TURNOVER,
        new BigDecimal("616666666.67")).isEmpty());
    assertTrue(KeyValueRules.check("GSF", march, KeyMeasure.HEADCOUNT, null).isEmpty());
  }
}
