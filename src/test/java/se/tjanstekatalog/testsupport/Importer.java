package se.tjanstekatalog.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import se.tjanstekatalog.testsupport.PortalClient.Page;

/** The import page as a user drives it: kind, source, the file (checked at once), then save. */
public final class Importer {
  private static final String IMPORTS = "consumption/imports.xhtml";
  private final PortalClient client;
  private Map<String, String> fields;

  public Importer(PortalClient client) {
    this.client = client;
  }

  /** Chooses the kind, types the source and uploads the file; the page's answer (the check). */
  public Page upload(String fileName, byte[] content, String kind, String source) {
    Page page = client.get(IMPORTS);
    assertEquals(200, page.status(), page.body());
    fields = PortalClient.inputs(page.body(), "tabs:importForm");
    // As in the browser: choosing the kind and typing the source send their own Ajax
    // requests before the file is chosen.
    fields.put("tabs:importForm:kind", kind);
    fields.put("tabs:importForm:source", source);
    change("tabs:importForm:kind", "valueChange");
    change("tabs:importForm:source", "change");
    Page result = client.upload(IMPORTS, fields, "tabs:importForm:upload", fileName, content,
        "tabs:importForm:upload tabs:importForm:kind tabs:importForm:source",
        "tabs:importForm:result messages");
    assertEquals(200, result.status(), result.body());
    return result;
  }

  private void change(String id, String event) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.behavior.event", event);
    all.put("jakarta.faces.partial.event", event);
    Page changed = client.ajax(IMPORTS, all, id, id, "@none");
    assertEquals(200, changed.status(), changed.body());
  }

  /** Presses Spara (after the confirmation). */
  public Page confirm() {
    Page saved = client.ajax(IMPORTS, fields, "tabs:importForm:confirm",
        "tabs:importForm:confirm", "tabs:importForm:result messages");
    assertEquals(200, saved.status(), saved.body());
    return saved;
  }
}
