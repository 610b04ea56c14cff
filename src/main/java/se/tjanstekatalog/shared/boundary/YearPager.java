package se.tjanstekatalog.shared.boundary;

import java.io.Serializable;
import java.time.Year;

/**
 * The year a page shows, stepped one year back or forward by the {@code tk:yearPager}
 * component; after each step the page loads its figures again. A view-scoped bean holds one,
 * made with its own load method: {@code new YearPager(this::load)}.
 */
public final class YearPager implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the page does after the year changed; kept with the view like its bean. */
  @FunctionalInterface
  public interface Reload extends Serializable {
    void run();
  }

  private final Reload reload;
  private int year = Year.now().getValue();
  private boolean given;

  public YearPager(Reload reload) {
    this.reload = reload;
  }

  public void previous() {
    year--;
    reload.run();
  }

  public void next() {
    year++;
    reload.run();
  }

  public int getYear() {
    return year;
  }

  /** Sets the year without loading (from {@code ?year=}; the page loads when it renders). */
  public void setYear(int year) {
    this.year = year;
  }

  /**
   * {@code ?year=} for an {@code f:viewParam}: sets the year (not loading) and remembers that
   * the URL gave one; null leaves the year as it is.
   */
  public void setGiven(Integer year) {
    if (year != null) {
      this.year = year;
      given = true;
    }
  }

  /** The year the URL gave, null when it gave none. */
  public Integer getGiven() {
    return given ? year : null;
  }

  /** Whether the URL gave the year (else the page picks its default before loading). */
  public boolean wasGiven() {
    return given;
  }
}
