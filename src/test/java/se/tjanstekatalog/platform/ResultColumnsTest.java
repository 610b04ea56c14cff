package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.testsupport.MainSources;

class ResultColumnsTest {
  private static final Pattern GET_OBJECT_WITH_CLASS =
      Pattern.compile("getObject\\([^;]*\\.class\\)");

  /** A result set of one row whose columns hold these values (null for SQL NULL). */
  private static ResultSet row(Map<String, Long> values) {
    Object[] last = new Object[1];
    return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
        new Class<?>[] {ResultSet.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getLong" -> {
            last[0] = values.get(String.valueOf(args[0]));
            yield last[0] == null ? 0L : (Long) last[0];
          }
          case "getInt" -> {
            last[0] = values.get(String.valueOf(args[0]));
            yield last[0] == null ? 0 : ((Long) last[0]).intValue();
          }
          case "wasNull" -> last[0] == null;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void aNullColumnIsNullAndZeroIsZero() throws Exception {
    java.util.HashMap<String, Long> values = new java.util.HashMap<>();
    values.put("pool_id", null);
    values.put("level_id", 0L);
    values.put("1", 42L);
    ResultSet rs = row(values);
    assertNull(ResultColumns.nullableLong(rs, "pool_id"));
    assertEquals(0L, ResultColumns.nullableLong(rs, "level_id"));
    assertEquals(42L, ResultColumns.nullableLong(rs, 1));
    assertNull(ResultColumns.nullableInt(rs, "pool_id"));
    assertEquals(0, ResultColumns.nullableInt(rs, "level_id"));
  }

  @Test
  void noMainCodeReadsAColumnThroughThePoolsReflectiveGetObject() {
    List<String> found = MainSources.linesMatching(GET_OBJECT_WITH_CLASS);
    assertTrue(found.isEmpty(), "use ResultColumns instead: " + found);
  }
}
