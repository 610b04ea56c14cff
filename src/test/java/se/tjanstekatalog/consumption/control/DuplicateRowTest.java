package se.tjanstekatalog.consumption.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.imports.ImportProblem;

/** A duplicate consumption row is reported with its org, service, level and reference. */
class DuplicateRowTest {
  private static final ReferenceData.Org GSF = new ReferenceData.Org(1, "GSF",
      "Grundskoleförvaltningen", false, YearMonth.of(2020, 1), null);
  private static final ReferenceData.Level STD = new ReferenceData.Level(2, "STD", "Standard",
      YearMonth.of(2020, 1), null);
  private static final ReferenceData.Service PC = new ReferenceData.Service(3, "ARB-DATOR",
      "Arbetsplatsdator", "PIECE", "ACTIVE", 4, List.of(STD));

  @Test
  void theValueNamesOrgServiceLevelAndReference() {
    assertEquals("GSF / ARB-DATOR Arbetsplatsdator / STD / pc-17",
        ConsumptionImport.duplicateValue(GSF, PC, STD, "pc-17"));
    assertEquals("GSF / ARB-DATOR Arbetsplatsdator / STD",
        ConsumptionImport.duplicateValue(GSF, PC, STD, ""));
    ImportProblem problem = ImportProblem.of(6, "",
        ConsumptionImport.duplicateValue(GSF, PC, STD, ""), "import.problem.duplicate", 2);
    assertEquals("Rad 6, kolumn \"\", värdet \"GSF / ARB-DATOR Arbetsplatsdator / STD\":"
        + " Dubblettrad: samma som rad 2.", problem.describe());
  }
}
