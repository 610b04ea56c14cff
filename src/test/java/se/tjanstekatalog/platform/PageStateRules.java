package se.tjanstekatalog.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule a page bean's state must follow to move to another node with its session (ADR 0010),
 * checked on the declared types of the compiled classes, no container:
 *
 * <ul>
 *   <li>the bean class is {@code Serializable};
 *   <li>no field is {@code @Inject transient}: CDI does not inject a deserialized bean again, so
 *       such a field is null on the new node; services are injected non-transient (Weld then
 *       serializes a client proxy or an EJB reference, and refuses at deployment what it cannot,
 *       WELD-001413);
 *   <li>every other non-static field is non-transient (state lost on the way is a page that
 *       behaves differently after a failover), except those of the types in
 *       {@link #TRANSIENT_ALLOWED}: values that cannot move by nature (an upload, a running
 *       task) or a framework bean that is looked up again when found null;
 *   <li>a field's declared type is Serializable: a primitive, an enum, a Serializable class, or
 *       one of the collection interfaces {@link #CONTAINERS} (the JDK's lists, sets and maps
 *       that the beans build are Serializable; a {@code subList} view or a stream is not, which
 *       the serializing test catches); the type arguments of a collection and the fields of the
 *       portal's own classes are checked the same way, recursively; an interface or an abstract
 *       type outside the portal is refused, since nothing says what the value will be.
 * </ul>
 */
final class PageStateRules {
  /** Collection interfaces whose JDK implementations the beans use are all Serializable. */
  static final Set<Class<?>> CONTAINERS =
      Set.of(List.class, Set.class, Map.class, Collection.class);

  /** Types a page bean may hold in a transient field, and why. */
  static final Map<String, String> TRANSIENT_ALLOWED = Map.of(
      "jakarta.servlet.http.Part", "an upload lives in the request that carried it",
      "java.util.concurrent.Future", "a running import lives on the node that runs it",
      "jakarta.security.enterprise.SecurityContext",
      "Soteria's @Dependent bean is not Serializable; looked up again when null");

  /**
   * Fields declared {@code Object} that hold only message arguments (strings, numbers, months:
   * what MessageFormat formats, all Serializable; the serializing test fills them).
   */
  static final Set<String> MESSAGE_ARGUMENTS = Set.of(
      "se.tjanstekatalog.shared.imports.ImportProblem.args",
      "se.tjanstekatalog.shared.Violation.args",
      "se.tjanstekatalog.costing.domain.CostingProblem.args");

  private static final String OWN = "se.tjanstekatalog.";

  private PageStateRules() {}

  /** Every class under the directory annotated {@code @ViewScoped} or {@code @SessionScoped}. */
  static List<Class<?>> pageBeans(Path classes) {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".").replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, PageStateRules.class.getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return beans;
  }

  /** What breaks the rule in the bean, one line each; empty when it may move. */
  static List<String> problems(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getName() + " is not Serializable");
    }
    for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
          continue;
        }
        String where = c.getName() + "." + field.getName();
        if (Modifier.isTransient(modifiers)) {
          if (field.isAnnotationPresent(Inject.class)) {
            problems.add(where + ": @Inject transient (null after a move; inject it plainly)");
          } else if (!TRANSIENT_ALLOWED.containsKey(field.getType().getName())) {
            problems.add(where + ": transient " + field.getType().getSimpleName()
                + " (lost after a move)");
          }
          continue;
        }
        if (field.isAnnotationPresent(Inject.class)) {
          continue; // a passivation capable reference, or Weld refuses the deployment
        }
        checkType(field.getGenericType(), where, problems, new HashSet<>());
      }
    }
    return problems;
  }

  private static void checkType(Type type, String where, List<String> problems,
      Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      checkType(p.getRawType(), where, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, where, problems, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, where, problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), where, problems, seen);
    } else if (type instanceof TypeVariable<?> v) {
      problems.add(where + ": type variable " + v + " (cannot tell what it holds)");
    } else if (type instanceof Class<?> c) {
      checkClass(c, where, problems, seen);
    }
  }

  private static void checkClass(Class<?> c, String where, List<String> problems,
      Set<Type> seen) {
    if (c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      checkClass(c.getComponentType(), where, problems, seen);
      return;
    }
    if (CONTAINERS.contains(c)) {
      return; // its type arguments are checked by the caller
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(where + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith(OWN)) {
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field field : k.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
              && !field.isSynthetic()
              && !MESSAGE_ARGUMENTS.contains(k.getName() + "." + field.getName())) {
            checkType(field.getGenericType(), where + " > " + k.getSimpleName() + "."
                + field.getName(), problems, seen);
          }
        }
      }
    }
  }
}
