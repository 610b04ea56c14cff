package se.tjanstekatalog.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * An API answer serialized once (JSON-B, as JAX-RS would) with a strong ETag: a hash of the
 * body itself, so two nodes with the same data give the same tag and any change of the body
 * gives a new one. Kept in the {@link ReadCache}; {@link #answer} gives 304 to a client whose
 * {@code If-None-Match} names the tag. {@code private, no-cache}: a client may keep it but
 * asks again each time, and no shared cache keeps it.
 */
public record CachedJson(String body, EntityTag tag) {
  private static final Jsonb JSONB = JsonbBuilder.create();

  public static CachedJson of(Object value) {
    String body = JSONB.toJson(value);
    return new CachedJson(body,
        new EntityTag(ReadApi.etag(body.getBytes(StandardCharsets.UTF_8)), false));
  }

  /** 304 without a body when the request's If-None-Match names the tag, else 200 with it. */
  public Response answer(Request request) {
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder builder = notModified != null ? notModified
        : Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    return builder.tag(tag).cacheControl(ReadApi.cacheControl()).build();
  }
}
