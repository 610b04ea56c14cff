package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An org's key value in a split; ties in the largest-remainder rule go to the lower code. */
public record Claim(long orgId, String code, BigDecimal key) {
  public Claim {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(key, "key");
    if (key.signum() < 0) {
      throw new IllegalArgumentException("negative key for " + code + ": " + key);
    }
  }
}
