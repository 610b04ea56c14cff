package se.tjanstekatalog.shared.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Method calls in the pages' expressions ({@code #{fmt.kr(row.total())}}, a record's
 * {@code #{o.orgCode()}}) with the method found once per class. The EL's own bean resolver
 * searches the class's methods on every call; on the dashboard (a thousand cells) that search
 * was a tenth of the page's CPU in a JFR profile.
 *
 * <p>It answers only the plain case: a public class of the portal's own (a record, a bean or its
 * CDI proxy) or a {@link String} (the pages build message keys with {@code 'model.'.concat(m)},
 * whose public methods the bean resolver copied and searched on every call) with exactly one
 * public, non-varargs method of that name and number of arguments, called without an EL
 * lambda. The arguments are converted to the parameter types as the EL does
 * ({@link ELContext#convertToType}). Anything else is left to the resolvers after it,
 * unchanged: overloads, varargs, lambdas, and every other class of the JDK or a library (the
 * EL's own {@code list.stream()} with lambdas, for one, must reach the EL's stream resolver).
 * Registered in faces-config.xml.
 */
public class MethodCallResolver extends ELResolver {
  private static final String OWN_PACKAGE = "se.tjanstekatalog.";
  private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Method>> computeValue(Class<?> type) {
      Map<String, Optional<Method>> byNameAndArity = new HashMap<>();
      if (!Modifier.isPublic(type.getModifiers())) {
        return byNameAndArity;
      }
      for (Method m : type.getMethods()) {
        if (m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        String key = key(m.getName(), m.getParameterCount());
        boolean plain = !m.isVarArgs() && Modifier.isPublic(m.getDeclaringClass().getModifiers());
        // A second method of the same name and arity (an overload) leaves the key empty.
        byNameAndArity.merge(key, plain ? Optional.of(m) : Optional.empty(),
            (first, second) -> Optional.empty());
      }
      return byNameAndArity;
    }
  };

  private static String key(String name, int arity) {
    return name + '/' + arity;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes,
      Object[] params) {
    if (base == null || method == null || paramTypes != null
        || !(base instanceof String || base.getClass().getName().startsWith(OWN_PACKAGE))) {
      return null;
    }
    Object[] args = params == null ? new Object[0] : params;
    for (Object arg : args) {
      if (arg instanceof LambdaExpression) {
        return null;
      }
    }
    Optional<Method> found = METHODS.get(base.getClass())
        .getOrDefault(key(method.toString(), args.length), Optional.empty());
    if (found.isEmpty()) {
      return null;
    }
    Method m = found.get();
    Class<?>[] types = m.getParameterTypes();
    Object[] converted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      converted[i] = context.convertToType(args[i], types[i]);
    }
    try {
      Object result = m.invoke(base, converted);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      return null; // left to the bean resolver, which looks for an accessible declaration
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are not this resolver's
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
