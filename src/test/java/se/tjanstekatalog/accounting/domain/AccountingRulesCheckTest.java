package se.tjanstekatalog.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Violation;

class AccountingRulesCheckTest {
  private static AccountingRules rules(String cost, String income, int ccDim, int cpDim,
      String series, String vat) {
    return new AccountingRules(cost, "Kostnad", income, "Intäkt", ccDim, cpDim, series, true,
        "Kommunen", "2611", vat == null ? null : new BigDecimal(vat));
  }

  @Test
  void theSeededDefaultsAreValid() {
    assertTrue(AccountingRulesCheck.check(rules("5470", "3590", 1, 20, "I", "25.00")).isEmpty());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    List<String> keys = AccountingRulesCheck.check(rules("54", "54", 3, 3, "I I", "100.001"))
        .stream().map(Violation::key).toList();
    assertEquals(List.of("accounting.error.account.costAccount",
        "accounting.error.account.incomeAccount", "accounting.error.sameAccount",
        "accounting.error.sameDimension", "accounting.error.series",
        "accounting.error.vatRate"), keys);
    assertTrue(AccountingRulesCheck.check(rules("5470", "3590", 0, 1000, "I", null)).stream()
        .map(Violation::key).toList().containsAll(List.of(
            "accounting.error.dimension.costCentreDimension",
            "accounting.error.dimension.counterpartDimension", "accounting.error.vatRate")));
  }

  @Test
  void theMotpartForServedKommunerIsEmptyOrACodeOutsideTheKommunsGroup() {
    for (String good : new String[] {"", "83", "8", "9000"}) {
      assertTrue(AccountingRulesCheck.check(withKommunCounterpart(good)).isEmpty(), good);
    }
    for (String bad : new String[] {"1", "5", "7", "83 ", "84000", "8a", "x"}) {
      List<Violation> v = AccountingRulesCheck.check(withKommunCounterpart(bad));
      assertEquals(1, v.size(), bad);
      assertEquals("kommunCounterpart", v.get(0).field(), bad);
      assertEquals("accounting.error.kommunCounterpart", v.get(0).key(), bad);
    }
  }

  private static AccountingRules withKommunCounterpart(String code) {
    return new AccountingRules("5470", "Kostnad", "3590", "Intäkt", 1, 20, "I", true,
        "Kommunen", "2611", new BigDecimal("25.00"), "", code);
  }
}
