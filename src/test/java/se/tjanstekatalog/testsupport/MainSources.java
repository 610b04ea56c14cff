package se.tjanstekatalog.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The application's Java sources, read by tests that keep a rule over all of them. */
public final class MainSources {
  private MainSources() {}

  /** Every line of {@code src/main/java} that {@code pattern} finds, as "file: line". */
  public static List<String> linesMatching(Pattern pattern) {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .flatMap(f -> read(f).stream()
              .filter(line -> pattern.matcher(line).find())
              .map(line -> f + ": " + line.strip()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
