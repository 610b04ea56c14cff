package se.tjanstekatalog.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

class ChangedStatementsTest {

  private static ResultLine line(long org, boolean binding, String quantity, String amount) {
    return new ResultLine(org, FinancingModel.CHARGEBACK, binding, 1, 10L, 100L, null,
        LineSource.CONSUMPTION, new BigDecimal(quantity), new BigDecimal("255.00"), null, null,
        Amount.of(amount));
  }

  private static ResultLine pooled(long org, boolean binding, String amount) {
    return new ResultLine(org, FinancingModel.ALLOCATION, binding, 1, null, null, 5L,
        LineSource.POOL, null, null, new BigDecimal("10"), new BigDecimal("100"),
        Amount.of(amount));
  }

  @Test
  void theSameLinesChangeNobodyEvenInAnotherOrderAndScale() {
    List<ResultLine> before = List.of(line(1, true, "2", "510.00"), line(2, true, "1", "255.00"));
    List<ResultLine> after = List.of(line(2, true, "1.0000", "255.0"), line(1, true, "2", "510"));
    assertEquals(Set.of(), ChangedStatements.orgs(before, after));
  }

  @Test
  void anOrgWhoseBindingLineChangedIsNamedAndOnlyIt() {
    List<ResultLine> before = List.of(line(1, true, "2", "510.00"), line(2, true, "1", "255.00"));
    List<ResultLine> after = List.of(line(1, true, "3", "765.00"), line(2, true, "1", "255.00"));
    assertEquals(Set.of(1L), ChangedStatements.orgs(before, after));
  }

  @Test
  void aChangedShadowLineChangesNobodysStatement() {
    List<ResultLine> before = List.of(line(1, true, "2", "510.00"), pooled(1, false, "40.00"));
    List<ResultLine> after = List.of(line(1, true, "2", "510.00"), pooled(1, false, "55.00"));
    assertEquals(Set.of(), ChangedStatements.orgs(before, after));
  }

  @Test
  void anOrgThatGainedOrLostItsLinesChanged() {
    List<ResultLine> before = List.of(line(1, true, "2", "510.00"));
    List<ResultLine> after = List.of(line(2, true, "1", "255.00"));
    assertEquals(Set.of(1L, 2L), ChangedStatements.orgs(before, after));
  }

  @Test
  void anExtraLineForTheSameLevelIsAChange() {
    List<ResultLine> before = List.of(line(1, true, "2", "510.00"));
    List<ResultLine> after = List.of(line(1, true, "2", "510.00"), line(1, true, "2", "510.00"));
    assertEquals(Set.of(1L), ChangedStatements.orgs(before, after));
  }
}
