package se.tjanstekatalog.shared.boundary;

import jakarta.servlet.ServletRequest;
import java.util.function.Supplier;

/**
 * A value read at most once per request and kept as a request attribute: for the
 * application-scoped beans the page template reads several times per page
 * ({@code MunicipalityName}, {@code NotificationBell}). Request-scoped beans would do the same
 * but cost a bean and its service references on every page (issue 16, docs/OPERATIONS.md).
 */
public final class RequestMemo {
  private RequestMemo() {}

  /** The value kept under {@code key} in this request, or {@code read}'s, then kept. */
  public static <T> T once(ServletRequest request, String key, Class<T> type, Supplier<T> read) {
    Object kept = request.getAttribute(key);
    if (type.isInstance(kept)) {
      return type.cast(kept);
    }
    T value = read.get();
    request.setAttribute(key, value);
    return value;
  }
}
