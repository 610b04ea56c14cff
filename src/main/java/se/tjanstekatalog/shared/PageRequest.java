package se.tjanstekatalog.shared;

/**
 * A page of a list as the read API takes it: {@code page} from 1, {@code size} rows. A missing
 * value takes the default; a value out of bounds is clamped, never refused, so an integrator's
 * {@code size=100000} gets the largest page there is rather than an error.
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 1000;

  public PageRequest {
    page = Math.max(1, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
  }

  /** The first row of the page, from 0. */
  public long offset() {
    return (long) (page - 1) * size;
  }

  /** How many pages {@code total} rows make; at least 1, so an empty list has page 1. */
  public int lastPage(long total) {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
