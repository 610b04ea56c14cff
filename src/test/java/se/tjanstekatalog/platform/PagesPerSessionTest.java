package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A session keeps few pages: with Mojarra's defaults (25 pages' view-scoped beans, 15 views'
 * state) 50 dashboard sessions kept about 1 200 dashboards (285 MB of their objects), and the
 * portal spent a fifth of its time in garbage collection (OPERATIONS.md, "Load and overload").
 */
class PagesPerSessionTest {

  @Test
  void webXmlLimitsThePagesASessionKeeps() throws Exception {
    Map<String, String> params = contextParams(Path.of("src/main/webapp/WEB-INF/web.xml"));
    for (String name : new String[] {"com.sun.faces.numberOfLogicalViews",
        "com.sun.faces.numberOfActiveViewMaps"}) {
      String value = params.get(name);
      assertNotNull(value, name + " is set");
      int pages = Integer.parseInt(value.strip());
      assertTrue(pages >= 4 && pages <= 10, name + " = " + pages
          + ": enough for a few tabs, far below the defaults");
    }
  }

  private static Map<String, String> contextParams(Path webXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(webXml.toFile());
    Map<String, String> out = new HashMap<>();
    NodeList params = doc.getElementsByTagName("context-param");
    for (int i = 0; i < params.getLength(); i++) {
      Element p = (Element) params.item(i);
      out.put(p.getElementsByTagName("param-name").item(0).getTextContent().strip(),
          p.getElementsByTagName("param-value").item(0).getTextContent().strip());
    }
    return out;
  }
}
