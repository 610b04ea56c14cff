package se.tjanstekatalog.platform;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.StringJoiner;
import se.tjanstekatalog.shared.PageRequest;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;

/**
 * The read API's shared answer: the body as JSON with a strong {@code ETag} (SHA-256 of the
 * bytes), {@code 304 Not Modified} when the caller's {@code If-None-Match} names it, and for
 * lists the total in {@code X-Total-Count} and an RFC 8288 {@code Link} header. The tag is of
 * what this caller sees (an org-scoped caller's list has its own), so a cache never hands one
 * org's rows to another; {@code Cache-Control: private, no-cache} says so to shared caches.
 */
public final class ReadApi {
  public static final String TOTAL = "X-Total-Count";

  private ReadApi() {}

  /** One document: 200 with its ETag, or 304 when the caller has it already. */
  public static Response one(Request request, Object body) {
    return CachedJson.of(body).answer(request);
  }

  /** A page of a list: {@link #one} plus the total and the links to the other pages. */
  public static Response page(Request request, UriInfo uri, PageRequest page, long total,
      Object body) {
    Response r = one(request, body);
    return Response.fromResponse(r).header(TOTAL, total).header("Link", link(uri, page, total))
        .build();
  }

  /** A month path or query parameter as yyyy-MM; 422 naming the parameter when it is not one. */
  public static YearMonth month(String text, String parameter) {
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(new Violation(parameter, "error.month", text));
    }
  }

  static String link(UriInfo uri, PageRequest page, long total) {
    StringJoiner header = new StringJoiner(", ");
    page.links(total).forEach((rel, number) -> header.add("<" + uri.getRequestUriBuilder()
        .replaceQueryParam("page", number).replaceQueryParam("size", page.size()).build()
        + ">; rel=\"" + rel + "\""));
    return header.toString();
  }

  /** The strong tag of these bytes: their SHA-256 in hex (without the quotes). */
  public static String etag(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** {@code private, no-cache}: a client may keep an answer but asks again, with its tag. */
  static CacheControl cacheControl() {
    CacheControl cc = new CacheControl();
    cc.setPrivate(true);
    cc.setNoCache(true);
    cc.setNoTransform(false);
    return cc;
  }
}
