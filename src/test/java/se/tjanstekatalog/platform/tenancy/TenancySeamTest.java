package se.tjanstekatalog.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.platform.DataSources;
import se.tjanstekatalog.platform.DatabaseReadinessCheck;
import se.tjanstekatalog.platform.PersistenceSessionCustomizer;

/**
 * The tenancy seam is what every service uses: no class outside {@code platform.tenancy}
 * looks up the application's pool, every injected data source is the current municipality's
 * ({@code @Inject @TenantDatabase}), the persistence unit's connections go through the seam,
 * and no code names the municipality's row itself. Read from the compiled classes, the
 * sources and persistence.xml, so a new service that bypasses the seam fails here.
 */
class TenancySeamTest {
  private static final String SEAM = Tenancy.class.getPackageName();
  private static final Path MAIN = Path.of("src/main");

  /**
   * The one data source outside the seam: the readiness check's own small pool, which asks
   * whether the database server answers (the same for every municipality) and must never wait
   * behind the application's requests.
   */
  private static final Set<String> OWN_POOLS =
      Set.of(DatabaseReadinessCheck.class.getName() + ".dataSource");

  @Test
  void noClassOutsideTheSeamLooksUpTheApplicationsPool() {
    List<String> found = new ArrayList<>();
    for (Class<?> type : applicationClasses()) {
      if (type.getPackageName().startsWith(SEAM)) {
        continue;
      }
      for (AnnotatedElement element : elementsOf(type)) {
        for (Resource r : element.getAnnotationsByType(Resource.class)) {
          if (namesThePool(r)) {
            found.add(type.getName() + " " + element);
          }
        }
      }
    }
    assertEquals(List.of(), found, "@Resource lookups of " + DataSources.JNDI);
  }

  @Test
  void everyInjectedDataSourceIsTheCurrentMunicipalitys() {
    Set<String> services = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Class<?> type : applicationClasses()) {
      if (type.getPackageName().startsWith(SEAM)) {
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        if (f.getType() == DataSource.class) {
          String name = type.getName() + "." + f.getName();
          if (f.isAnnotationPresent(Inject.class) && f.isAnnotationPresent(TenantDatabase.class)) {
            services.add(type.getSimpleName());
          } else if (!OWN_POOLS.contains(name)) {
            wrong.add(name);
          }
        }
      }
      for (Executable e : executablesOf(type)) {
        for (Parameter p : e.getParameters()) {
          if (p.getType() == DataSource.class && e.isAnnotationPresent(Inject.class)
              && !p.isAnnotationPresent(TenantDatabase.class)) {
            wrong.add(type.getName() + " " + e);
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "data sources injected around the tenancy seam");
    // 20 services with their own SQL and Bootstrap's migration when the seam was put in
    assertTrue(services.size() >= 10 && services.contains("Bootstrap"),
        "services on the seam: " + services);
  }

  @Test
  void onlyTheDataSourceNamesHomeAndThePersistenceUnitNameThePool() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        boolean home = file.endsWith("platform/DataSources.java");
        boolean seam = file.toString().contains("platform/tenancy/");
        if (!home && source.contains("\"" + DataSources.JNDI + "\"")) {
          found.add(file + ": the pool's name");
        }
        if (!home && !seam && source.contains("DataSources.JNDI")) {
          found.add(file + ": DataSources.JNDI");
        }
        if (source.matches("(?s).*\\.lookup\\(\\s*\"java:[^\"]*jdbc.*")
            || source.matches("(?s).*\\.lookup\\(\\s*\"jdbc/.*")) {
          found.add(file + ": a JNDI lookup of a data source");
        }
        if (source.contains("THE_ID")) {
          found.add(file + ": a fixed municipality id (Tenancy.municipalityId() says which)");
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void thePersistenceUnitsConnectionsGoThroughTheSeam() throws IOException {
    String unit = Files.readString(MAIN.resolve("resources/META-INF/persistence.xml"));
    assertEquals(1, unit.split("<persistence-unit ", -1).length - 1, "one persistence unit");
    assertTrue(unit.contains("<jta-data-source>" + DataSources.JNDI + "</jta-data-source>"));
    assertTrue(unit.contains("value=\"" + PersistenceSessionCustomizer.class.getName() + "\""),
        "the session customizer that calls PersistenceRouting");
    assertTrue(unit.contains("<shared-cache-mode>NONE</shared-cache-mode>"),
        "no entity outlives its transaction, so none crosses municipalities");
  }

  private static boolean namesThePool(Resource r) {
    return DataSources.JNDI.equals(r.lookup()) || DataSources.JNDI.equals(r.name())
        || DataSources.JNDI.equals(r.mappedName())
        || r.lookup().endsWith("/" + DataSources.JNDI);
  }

  private static List<AnnotatedElement> elementsOf(Class<?> type) {
    List<AnnotatedElement> elements = new ArrayList<>();
    elements.add(type);
    elements.addAll(List.of(type.getDeclaredFields()));
    elements.addAll(List.of(type.getDeclaredMethods()));
    return elements;
  }

  private static List<Executable> executablesOf(Class<?> type) {
    List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
    executables.addAll(List.of(type.getDeclaredMethods()));
    return executables;
  }

  /** Every class compiled from src/main/java, loaded without running its static blocks. */
  static List<Class<?>> applicationClasses() {
    Path root;
    try {
      root = Path.of(Tenancy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ClassLoader loader = TenancySeamTest.class.getClassLoader();
    try (Stream<Path> files = Files.walk(root)) {
      List<Class<?>> classes = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".").replaceAll("\\.class$", "");
        if (name.endsWith("package-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot read " + name + " to check it: " + e, e);
        }
      }
      assertTrue(classes.size() > 100, "the application's classes: " + classes.size());
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
