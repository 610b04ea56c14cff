package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MethodCallResolverTest {
  private final MethodCallResolver resolver = new MethodCallResolver();

  public record Row(String orgCode, BigDecimal total) {}

  public static class Formats {
    public String twice(int n) {
      return String.valueOf(2 * n);
    }

    public String pick(String a) {
      return "string";
    }

    public String pick(Integer a) {
      return "integer";
    }

    public String all(String... parts) {
      return String.join("+", parts);
    }

    public String fail() {
      throw new IllegalStateException("the method's own failure");
    }
  }

  static class Hidden {
    public String name() {
      return "hidden";
    }
  }

  private static ELContext context() {
    return new StandardELContext(ExpressionFactory.newInstance());
  }

  @Test
  void callsARecordAccessorAndSaysItResolvedIt() {
    ELContext context = context();
    Object value = resolver.invoke(context, new Row("GSF", BigDecimal.TEN), "orgCode", null,
        new Object[0]);
    assertEquals("GSF", value);
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void convertsArgumentsAsTheElDoes() {
    ELContext context = context();
    assertEquals("84", resolver.invoke(context, new Formats(), "twice", null,
        new Object[] {42L}));
    assertEquals("14", resolver.invoke(context(), new Formats(), "twice", null,
        new Object[] {"7"}));
  }

  @Test
  void leavesOverloadsVarargsAndHiddenClassesToTheOtherResolvers() {
    ELContext overload = context();
    assertNull(resolver.invoke(overload, new Formats(), "pick", null, new Object[] {"x"}));
    assertFalse(overload.isPropertyResolved());
    ELContext varargs = context();
    assertNull(resolver.invoke(varargs, new Formats(), "all", null, new Object[] {"a", "b"}));
    assertFalse(varargs.isPropertyResolved());
    ELContext hidden = context();
    assertNull(resolver.invoke(hidden, new Hidden(), "name", null, new Object[0]));
    assertFalse(hidden.isPropertyResolved());
    ELContext unknown = context();
    assertNull(resolver.invoke(unknown, new Formats(), "nothing", null, new Object[0]));
    assertFalse(unknown.isPropertyResolved());
  }

  @Test
  void aFailingMethodFailsAsWithTheBeanResolver() {
    ELException e = assertThrows(ELException.class,
        () -> resolver.invoke(context(), new Formats(), "fail", null, new Object[0]));
    assertEquals("the method's own failure", e.getCause().getMessage());
  }

  @Test
  void inAnExpressionItGivesWhatTheElAloneGives() {
    ELProcessor plain = new ELProcessor();
    ELProcessor withResolver = new ELProcessor();
    withResolver.getELManager().addELResolver(resolver);
    for (ELProcessor el : new ELProcessor[] {plain, withResolver}) {
      el.defineBean("row", new Row("BOAB", new BigDecimal("1.50")));
      el.defineBean("fmt", new Formats());
    }
    for (String expression : new String[] {"row.orgCode()", "row.total()", "fmt.twice(3)",
        "fmt.pick('x')", "fmt.all('a', 'b')"}) {
      assertEquals(plain.eval(expression), (Object) withResolver.eval(expression), expression);
    }
  }
}
