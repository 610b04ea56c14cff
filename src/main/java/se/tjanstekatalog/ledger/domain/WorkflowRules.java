package se.tjanstekatalog.ledger.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which workflow transitions are allowed, as message keys of what is in the way. Pure rules;
 * the control layer gathers the {@link Facts} and records the transition.
 */
public final class WorkflowRules {
  private WorkflowRules() {}

  /**
   * What is known about a month when a transition is asked for.
   *
   * @param computed the month has a stored costing run
   * @param stale an input changed after the run
   * @param orgs orgs with lines in the month (the statements to approve)
   * @param approved how many of them approved
   * @param openComments open comment threads of the month
   */
  public record Facts(boolean computed, boolean stale, int orgs, int approved,
      int openComments) {
    public boolean everyOrgApproved() {
      return approved >= orgs && openComments == 0;
    }
  }

  /**
   * The problems (message keys) that keep {@code from} from moving to {@code to}; empty when
   * it may. {@code reason} is the controller's override when orgs have not approved.
   */
  public static List<String> problems(PeriodStatus from, PeriodStatus to, Facts facts,
      String reason) {
    List<String> problems = new ArrayList<>();
    if (from == PeriodStatus.LOCKED) {
      problems.add("workflow.lockedForever");
      return problems;
    }
    boolean allowed = switch (to) {
      case PRELIMINARY -> from == PeriodStatus.OPEN;
      case REVIEWED -> from == PeriodStatus.PRELIMINARY;
      case LOCKED -> from == PeriodStatus.REVIEWED;
      case OPEN -> from == PeriodStatus.PRELIMINARY;
    };
    if (!allowed) {
      problems.add("workflow.notAllowed");
      return problems;
    }
    if (to == PeriodStatus.PRELIMINARY || to == PeriodStatus.REVIEWED
        || to == PeriodStatus.LOCKED) {
      if (!facts.computed()) {
        problems.add("workflow.notComputed");
      } else if (facts.stale()) {
        problems.add("workflow.stale");
      }
    }
    if (to == PeriodStatus.REVIEWED && !facts.everyOrgApproved() && isBlank(reason)) {
      problems.add(facts.openComments() > 0 ? "workflow.openComments" : "workflow.notApproved");
    }
    return problems;
  }

  /** Whether moving to REVIEWED needs (and so records) the controller's override reason. */
  public static boolean needsOverride(Facts facts) {
    return !facts.everyOrgApproved();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
