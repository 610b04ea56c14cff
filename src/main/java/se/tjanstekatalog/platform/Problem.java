package se.tjanstekatalog.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Consumer;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.Violation;

/** RFC 9457 problem details, the one error body of the REST API. */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

  private Problem() {}

  public static String json(int status, String title, String detail, List<Violation> errors) {
    JsonObjectBuilder body = base(status, title, detail);
    if (errors != null && !errors.isEmpty()) {
      JsonArrayBuilder list = JsonBuilders.array();
      for (Violation v : errors) {
        list.add(JsonBuilders.object().add("field", v.field()).add("message", v.message()));
      }
      body.add("errors", list);
    }
    return body.build().toString();
  }

  /**
   * A problem with extension members beside the standard ones (RFC 9457, section 3.2), for
   * errors that say more than a field and a message, such as a rejected import.
   */
  public static Response response(int status, String title, String detail,
      Consumer<JsonObjectBuilder> members) {
    JsonObjectBuilder body = base(status, title, detail);
    members.accept(body);
    return Response.status(status).type(TYPE).entity(body.build().toString()).build();
  }

  private static JsonObjectBuilder base(int status, String title, String detail) {
    JsonObjectBuilder body =
        JsonBuilders.object()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    return body;
  }

  public static Response response(Response.Status status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
  }

  public static Response response(int status, String title, String detail, List<Violation> errors) {
    return Response.status(status)
        .type(TYPE)
        .entity(json(status, title, detail, errors))
        .build();
  }
}
