package se.tjanstekatalog.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.accounting.SieReader;
import se.tjanstekatalog.accounting.domain.AccountingJournal.OrgCharge;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Violation;

/** Motpart names from the accounting settings, in the SIE file's #OBJEKT rows. */
class CounterpartNamesTest {
  private static AccountingRules rules(String names) {
    return new AccountingRules("5470", "Interna IT-tjänster", "3590", "Övriga intäkter, IT", 1,
        20, "I", true, "Exempelkommunen", "2611", new BigDecimal("25.00"), names);
  }

  /** Two förvaltningar sharing motpart 1, and a third with its own. */
  private static List<List<String>> objects(AccountingRules rules) {
    List<OrgCharge> charges = List.of(
        new OrgCharge("GSF", "Grundskoleförvaltningen", "1100", "1", Amount.of("100.00")),
        new OrgCharge("MF", "Miljöförvaltningen", "1200", "1", Amount.of("200.00")),
        new OrgCharge("BOL", "Bostadsbolaget", "1300", "2", Amount.of("300.00")));
    SieDocument doc = AccountingJournal.build(rules, YearMonth.of(2022, 3), charges,
        "Tjänstekatalogen", "1.0", LocalDate.of(2022, 4, 5), "it");
    return SieReader.read(SieWriter.bytes(doc)).rows("#OBJEKT").stream()
        .map(SieReader.Row::fields).filter(f -> f.get(0).equals("20")).toList();
  }

  @Test
  void aSharedMotpartIsNamedFromTheSettings() {
    assertEquals(List.of(List.of("20", "1", "Kommunen"), List.of("20", "2", "Bostadsbolaget")),
        objects(rules("1=Kommunen")),
        "motpart 2 has no name in the settings: its förvaltning's name, as before");
  }

  @Test
  void withoutNamesTheFirstOrgNamesTheMotpartAsBefore() {
    assertEquals(List.of("20", "1", "Grundskoleförvaltningen"), objects(rules("")).get(0));
  }

  @Test
  void linesAreCodeEqualsNameEachCodeOnce() {
    assertEquals(Map.of("1", "Kommunen", "2", "Kommunala bolag"),
        CounterpartNames.parse(" 1 = Kommunen \r\n\n2=Kommunala bolag"));
    assertEquals("1=Kommunen\n2=Kommunala bolag",
        CounterpartNames.normalise(" 1 = Kommunen \r\n\n2=Kommunala bolag\n"));
    assertTrue(CounterpartNames.check("1=Kommunen\n\n2=Bolag").isEmpty());
    List<Violation> v = CounterpartNames.check("1=Kommunen\nKommunen\n1=Igen\nkod med mellanslag=x");
    assertEquals(List.of("accounting.error.counterpartNames.line",
        "accounting.error.counterpartNames.twice", "accounting.error.counterpartNames.value"),
        v.stream().map(Violation::key).toList());
    assertEquals("Namn på motparter, rad 3: koden 1 finns redan på rad 1.", v.get(1).message());
  }

  @Test
  void theSettingsCheckReportsBadNames() {
    assertTrue(AccountingRulesCheck.check(rules("=Kommunen")).stream()
        .anyMatch(x -> x.key().equals("accounting.error.counterpartNames.line")));
    assertTrue(AccountingRulesCheck.check(rules("1=Kommunen")).isEmpty());
  }
}
