package se.tjanstekatalog.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input breaks one or more business rules (REST 422). Carries every violation found, so a form
 * can mark all bad fields at once instead of one per submit.
 */
public class RuleViolationException extends TkException {
  private final transient List<Violation> violations;

  public RuleViolationException(List<Violation> violations) {
    super(violations.isEmpty() ? "error.validation" : violations.get(0).key(),
        violations.isEmpty() ? new Object[0] : violations.get(0).args());
    this.violations = List.copyOf(violations);
  }

  public RuleViolationException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String getLocalizedMessage() {
    return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }

  /** Throws when the list is not empty. */
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }
}
