package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.testsupport.MainSources;

class JsonBuildersTest {
  @Test
  void buildsObjectsAndArraysFromTheOneFactory() {
    assertEquals("{\"a\":[1,\"b\"]}",
        JsonBuilders.object().add("a", JsonBuilders.array().add(1).add("b")).build().toString());
  }

  @Test
  void noMainCodeLooksUpTheProviderForEachBuilder() {
    List<String> found = MainSources.linesMatching(
        Pattern.compile("Json\\.create(Object|Array)Builder\\("));
    assertTrue(found.isEmpty(), "use JsonBuilders instead: " + found);
  }
}
