package se.tjanstekatalog.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of Swedish kronor with öre precision: the money type of the money path. Immutable;
 * the value is scaled to two decimals on construction with {@link Rounding#MODE}, so every
 * {@code Amount} is already a rounded line amount, and adding or negating amounts never rounds.
 *
 * <p>It owns the money rules of PRODUCT.md, each rounding exactly once:
 * <ul>
 *   <li>the line rule, {@link #line}: quantity × unit price, HALF_UP to öre per line;
 *   <li>VAT, {@link #vat}: amount × rate / 100, HALF_UP to öre per line;
 *   <li>a money figure divided by a count (per unit, per employee, a mean, a year), {@link
 *       #quotient};
 *   <li>sums, {@link #sum}: exact, then rounded once;
 *   <li>the öre floor of an exact share for the largest-remainder split, {@link #floor}.
 * </ul>
 * Percentages are {@link Percent}'s. Raw {@link BigDecimal} is for the edges: JDBC, JSON and the
 * exports read {@link #value()}.
 */
public record Amount(BigDecimal value) implements Serializable, Comparable<Amount> {
  public static final Amount ZERO = new Amount(BigDecimal.ZERO);
  /** One öre, the smallest amount. */
  public static final Amount ORE = new Amount(BigDecimal.ONE.movePointLeft(Rounding.SCALE));

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

  /**
   * A value that must already be öre, e.g. an amount written to a file that has to balance.
   *
   * @throws ArithmeticException if it has more than two decimals that are not 0
   */
  public static Amount exact(BigDecimal value) {
    return new Amount(value.setScale(Rounding.SCALE, RoundingMode.UNNECESSARY));
  }

  /** The line rule: quantity × unit price, rounded HALF_UP to öre once per line. */
  public static Amount line(BigDecimal quantity, BigDecimal unitPrice) {
    return new Amount(quantity.multiply(unitPrice));
  }

  /**
   * {@code dividend ÷ divisor} rounded HALF_UP to öre: a cost per unit or per employee, a mean,
   * a sum spread over a year. The division itself rounds, so it never needs to terminate.
   */
  public static Amount quotient(BigDecimal dividend, BigDecimal divisor) {
    return new Amount(dividend.divide(divisor, Rounding.SCALE, Rounding.MODE));
  }

  /** The exact sum of the values, rounded to öre once. */
  public static Amount sum(Collection<BigDecimal> values) {
    return new Amount(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /**
   * An exact share rounded toward zero to öre: what the largest-remainder split hands out
   * before it gives away the öre left over.
   */
  public static Amount floor(BigDecimal exact) {
    return new Amount(exact.setScale(Rounding.SCALE, Rounding.SPLIT_MODE));
  }

  public Amount plus(Amount other) {
    return new Amount(value.add(other.value));
  }

  public Amount minus(Amount other) {
    return new Amount(value.subtract(other.value));
  }

  public Amount negate() {
    return new Amount(value.negate());
  }

  public Amount abs() {
    return signum() < 0 ? negate() : this;
  }

  /** This amount × a factor (not a quantity of a priced unit: that is {@link #line}), to öre. */
  public Amount times(BigDecimal factor) {
    return new Amount(value.multiply(factor));
  }

  /** This amount raised by {@code percent} % (a markup, an index), HALF_UP to öre. */
  public Amount raisedBy(BigDecimal percent) {
    return times(BigDecimal.ONE.add(Percent.applied(percent, BigDecimal.ONE)));
  }

  /** VAT at {@code ratePercent} (e.g. 25.00): amount × rate / 100, HALF_UP to öre. */
  public Amount vat(BigDecimal ratePercent) {
    return new Amount(Percent.applied(ratePercent, value));
  }

  /** The amount in öre, e.g. 12,34 kr → 1234. */
  public long ore() {
    return value.unscaledValue().longValueExact();
  }

  public int signum() {
    return value.signum();
  }

  public boolean isZero() {
    return value.signum() == 0;
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
