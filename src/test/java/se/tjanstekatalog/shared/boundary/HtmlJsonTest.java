package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** JSON for a page carries no character that could end an attribute, an element or a script. */
class HtmlJsonTest {
  private static final String PAYLOADS = "</script><img src=x onerror=alert(1)>"
      + "\"><svg onload=alert(1)>'-alert(1)-'\u2028\u2029 & <!-- ]]>";

  @Test
  void htmlCharactersAndLineSeparatorsBecomeUnicodeEscapes() {
    String json = HtmlJson.of(Json.createObjectBuilder().add("label", PAYLOADS).build());
    for (String raw : new String[] {"<", ">", "&", "'", "\u2028", "\u2029"}) {
      assertFalse(json.contains(raw), "raw " + raw + " in " + json);
    }
    assertEquals("{\"label\":\"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"
        + "\\\"\\u003e\\u003csvg onload=alert(1)\\u003e\\u0027-alert(1)-\\u0027\\u2028\\u2029"
        + " \\u0026 \\u003c!-- ]]\\u003e\"}", json);
  }

  @Test
  void theEscapedTextParsesBackToTheSameValue() {
    JsonObject original = Json.createObjectBuilder().add("label", PAYLOADS)
        .add("data", Json.createArrayBuilder().add(1.5).addNull()).build();
    JsonObject parsed = Json.createReader(new StringReader(HtmlJson.of(original))).readObject();
    assertEquals(original, parsed);
  }

  @Test
  void jsonWithoutSuchCharactersIsUnchanged() {
    assertEquals("{\"a\":[1,\"Grundskoleförvaltningen\"]}",
        HtmlJson.escape("{\"a\":[1,\"Grundskoleförvaltningen\"]}"));
  }
}
