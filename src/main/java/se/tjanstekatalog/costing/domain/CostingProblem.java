package se.tjanstekatalog.costing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * Why a month cannot be computed (an error) or what the controller should know (a warning);
 * {@code key} is a message key, {@code args} its arguments (codes, amounts as text).
 */
public record CostingProblem(boolean error, String key, List<Object> args) implements Serializable {

  public static CostingProblem error(String key, Object... args) {
    return new CostingProblem(true, key, List.of(args));
  }

  public static CostingProblem warning(String key, Object... args) {
    return new CostingProblem(false, key, List.of(args));
  }
}
