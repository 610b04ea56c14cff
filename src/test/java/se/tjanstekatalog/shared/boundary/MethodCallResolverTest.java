package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    public String apply(java.util.function.Function<String, String> f, String value) {
      return f.apply(value);
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
  void callsAStringsOwnMethodsButLeavesItsOverloads() {
    ELContext concat = context();
    assertEquals("model.CHARGEBACK", resolver.invoke(concat, "model.", "concat", null,
        new Object[] {"CHARGEBACK"}));
    assertTrue(concat.isPropertyResolved());
    ELContext indexOf = context();
    assertNull(resolver.invoke(indexOf, "model.", "indexOf", null, new Object[] {"."}));
    assertFalse(indexOf.isPropertyResolved());
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
  void leavesOverloadsVarargsHiddenAndLibraryClassesToTheOtherResolvers() {
    ELContext overload = context();
    assertNull(resolver.invoke(overload, new Formats(), "pick", null, new Object[] {"x"}));
    assertFalse(overload.isPropertyResolved());
    ELContext varargs = context();
    assertNull(resolver.invoke(varargs, new Formats(), "all", null, new Object[] {"a", "b"}));
    assertFalse(varargs.isPropertyResolved());
    ELContext hidden = context();
    assertNull(resolver.invoke(hidden, new Hidden(), "name", null, new Object[0]));
    assertFalse(hidden.isPropertyResolved());
    // The JDK's classes stay with the EL: its stream resolver gives collections the EL's own
    // stream(), whose map() takes an EL lambda (the import history's "replaces" cell).
    ELContext list = context();
    assertNull(resolver.invoke(list, new ArrayList<>(List.of("a")), "stream", null,
        new Object[0]));
    assertFalse(list.isPropertyResolved());
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

  /**
   * Evaluates {@code expression} with these beans, with the resolver first in the chain when
   * {@code first} (as in Faces, where faces-config's resolvers come before the EL's own stream
   * and bean resolvers).
   */
  private Object eval(String expression, Map<String, Object> beans, boolean first) {
    ExpressionFactory factory = ExpressionFactory.newInstance();
    StandardELContext context = new StandardELContext(factory) {
      private ELResolver chain;

      @Override
      public ELResolver getELResolver() {
        if (chain == null) {
          CompositeELResolver composite = new CompositeELResolver();
          if (first) {
            composite.add(resolver);
          }
          composite.add(super.getELResolver());
          chain = composite;
        }
        return chain;
      }
    };
    beans.forEach((name, bean) -> context.getVariableMapper().setVariable(name,
        factory.createValueExpression(bean, Object.class)));
    return factory.createValueExpression(context, "${" + expression + "}", Object.class)
        .getValue(context);
  }

  @Test
  void inAnExpressionItGivesWhatTheElAloneGives() {
    Map<String, Object> beans = Map.of("row", new Row("BOAB", new BigDecimal("1.50")),
        "fmt", new Formats(), "rows", new ArrayList<>(List.of(new Row("GSF", BigDecimal.ONE),
            new Row("BOAB", BigDecimal.TEN))));
    for (String expression : new String[] {"row.orgCode()", "row.total()", "fmt.twice(3)",
        "fmt.pick('x')", "fmt.all('a', 'b')", "'model.'.concat(row.orgCode())",
        "'GSF'.toLowerCase()",
        // The EL's own streams with lambdas (the import history's "replaces" cell)
        "rows.stream().map(r -> '#'.concat(r.orgCode())).toList()",
        "fmt.apply(x -> x.concat('!'), 'hej')"}) {
      assertEquals(eval(expression, beans, false), eval(expression, beans, true), expression);
    }
  }
}
