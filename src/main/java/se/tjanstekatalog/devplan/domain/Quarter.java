package se.tjanstekatalog.devplan.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A quarter of a year, 1–4: "2026 K3". */
public record Quarter(int year, int quarter) implements Serializable, Comparable<Quarter> {
  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
  }

  /** The four quarters of the year. */
  public static List<Quarter> of(int year) {
    return IntStream.rangeClosed(1, 4).mapToObj(q -> new Quarter(year, q)).toList();
  }

  /** The quarter a date falls in. */
  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  /** "2026 K3". */
  public String label() {
    return year + " K" + quarter;
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
