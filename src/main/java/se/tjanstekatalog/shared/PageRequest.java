package se.tjanstekatalog.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The pages an RFC 8288 {@code Link} header names for {@code total} rows: first and last
   * always, prev and next when there is one. The values are page numbers.
   */
  public Map<String, Integer> links(long total) {
    int last = lastPage(total);
    Map<String, Integer> links = new LinkedHashMap<>();
    links.put("first", 1);
    if (page > 1) {
      links.put("prev", Math.min(page - 1, last));
    }
    if (page < last) {
      links.put("next", page + 1);
    }
    links.put("last", last);
    return links;
  }

  /** This page of a list held in memory (a short one: price lists, orgs, pools). */
  public <T> List<T> slice(List<T> all) {
    int from = (int) Math.min(offset(), all.size());
    return all.subList(from, Math.min(from + size, all.size()));
  }
}
