package se.tjanstekatalog.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.ledger.domain.PeriodStatus;
import se.tjanstekatalog.ledger.domain.WorkflowRules;
import se.tjanstekatalog.ledger.domain.WorkflowRules.Facts;

class WorkflowRulesTest {
  private static final Facts COMPUTED_ALL_APPROVED = new Facts(true, false, 3, 3, 0);

  private static List<String> problems(PeriodStatus from, PeriodStatus to, Facts f, String r) {
    return WorkflowRules.problems(from, to, f, r);
  }

  @Test
  void theHappyPathNeedsNothingMoreThanAComputedApprovedMonth() {
    assertEquals(List.of(), problems(PeriodStatus.OPEN, PeriodStatus.PRELIMINARY,
        COMPUTED_ALL_APPROVED, null));
    assertEquals(List.of(), problems(PeriodStatus.PRELIMINARY, PeriodStatus.REVIEWED,
        COMPUTED_ALL_APPROVED, null));
    assertEquals(List.of(), problems(PeriodStatus.REVIEWED, PeriodStatus.LOCKED,
        COMPUTED_ALL_APPROVED, null));
    assertEquals(List.of(), problems(PeriodStatus.PRELIMINARY, PeriodStatus.OPEN,
        new Facts(false, true, 0, 0, 2), null), "going back to correct inputs is always fine");
  }

  @Test
  void preliminaryNeedsAFreshComputation() {
    assertEquals(List.of("workflow.notComputed"), problems(PeriodStatus.OPEN,
        PeriodStatus.PRELIMINARY, new Facts(false, false, 0, 0, 0), null));
    assertEquals(List.of("workflow.stale"), problems(PeriodStatus.OPEN,
        PeriodStatus.PRELIMINARY, new Facts(true, true, 1, 0, 0), null));
    assertEquals(List.of("workflow.stale"), problems(PeriodStatus.PRELIMINARY,
        PeriodStatus.REVIEWED, new Facts(true, true, 1, 1, 0), "override"),
        "a stale month is not reviewed, not even with an override");
    assertEquals(List.of("workflow.stale"), problems(PeriodStatus.REVIEWED,
        PeriodStatus.LOCKED, new Facts(true, true, 1, 1, 0), null));
  }

  @Test
  void reviewedNeedsEveryApprovalOrAnOverrideReason() {
    Facts comment = new Facts(true, false, 3, 2, 1);
    assertEquals(List.of("workflow.openComments"), problems(PeriodStatus.PRELIMINARY,
        PeriodStatus.REVIEWED, comment, null));
    assertEquals(List.of("workflow.openComments"), problems(PeriodStatus.PRELIMINARY,
        PeriodStatus.REVIEWED, comment, "  "));
    assertEquals(List.of(), problems(PeriodStatus.PRELIMINARY, PeriodStatus.REVIEWED, comment,
        "GSF's question is answered by phone"));
    Facts silent = new Facts(true, false, 3, 1, 0);
    assertEquals(List.of("workflow.notApproved"), problems(PeriodStatus.PRELIMINARY,
        PeriodStatus.REVIEWED, silent, null));
    assertTrue(WorkflowRules.needsOverride(silent));
    assertTrue(WorkflowRules.needsOverride(new Facts(true, false, 3, 3, 1)),
        "an open comment needs the override even if the org approved too");
    assertFalse(WorkflowRules.needsOverride(COMPUTED_ALL_APPROVED));
  }

  @Test
  void stepsCannotBeSkippedAndLockedIsForever() {
    assertEquals(List.of("workflow.notAllowed"), problems(PeriodStatus.OPEN,
        PeriodStatus.LOCKED, COMPUTED_ALL_APPROVED, null));
    assertEquals(List.of("workflow.notAllowed"), problems(PeriodStatus.OPEN,
        PeriodStatus.REVIEWED, COMPUTED_ALL_APPROVED, "reason"));
    assertEquals(List.of("workflow.notAllowed"), problems(PeriodStatus.PRELIMINARY,
        PeriodStatus.LOCKED, COMPUTED_ALL_APPROVED, null));
    assertEquals(List.of("workflow.notAllowed"), problems(PeriodStatus.REVIEWED,
        PeriodStatus.OPEN, COMPUTED_ALL_APPROVED, null));
    for (PeriodStatus to : PeriodStatus.values()) {
      assertEquals(List.of("workflow.lockedForever"), problems(PeriodStatus.LOCKED, to,
          COMPUTED_ALL_APPROVED, "reason"));
    }
  }
}
