package se.tjanstekatalog.consumption.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;

/** Collects an import's problems: all counted per reason, the first ones kept for the report. */
final class Problems {
  private final List<ImportProblem> listed = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long total;

  void add(ImportProblem problem) {
    total++;
    counts.merge(problem.key(), 1L, Long::sum);
    if (listed.size() < ImportReport.MAX_LISTED) {
      listed.add(problem);
    }
  }

  void addAll(List<ImportProblem> problems) {
    problems.forEach(this::add);
  }

  boolean any() {
    return total > 0;
  }

  long total() {
    return total;
  }

  List<ImportProblem> listed() {
    return List.copyOf(listed);
  }

  List<ImportReport.ProblemCount> counts() {
    List<ImportReport.ProblemCount> result = new ArrayList<>();
    counts.forEach((key, n) -> result.add(new ImportReport.ProblemCount(key,
        Messages.sv(key + ".short"), n)));
    return result;
  }
}
