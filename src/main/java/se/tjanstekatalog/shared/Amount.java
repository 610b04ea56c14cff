package se.tjanstekatalog.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of Swedish kronor with öre precision. Immutable; the value is scaled to two
 * decimals on construction with {@link Rounding#MODE}, so every {@code Amount} is already a
 * rounded line amount. Full-precision intermediate results stay {@link BigDecimal}.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {
  public static final Amount ZERO = new Amount(BigDecimal.ZERO);

  public Amount {
    Objects.requireNonNull(value, "value");
    value = value.setScale(Rounding.SCALE, Rounding.MODE);
  }

  public static Amount of(String value) {
    return new Amount(new BigDecimal(value));
  }

  public static Amount of(BigDecimal value) {
    return new Amount(value);
  }

  public Amount plus(Amount other) {
    return new Amount(value.add(other.value));
  }

  public Amount minus(Amount other) {
    return new Amount(value.subtract(other.value));
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Amount other) {
    return value.compareTo(other.value);
  }

  /** Swedish display form, e.g. {@code 1 234 567,50 kr}. */
  @Override
  public String toString() {
    return SwedishFormat.kronor(value);
  }
}
