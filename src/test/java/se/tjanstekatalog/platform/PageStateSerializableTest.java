package se.tjanstekatalog.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.consumption.boundary.ImportsBean;
import se.tjanstekatalog.ledger.control.LedgerReads.MonthTotal;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.organisation.entity.OrgKeyValue;
import se.tjanstekatalog.organisation.entity.OrgKind;
import se.tjanstekatalog.organisation.entity.OrgUnit;
import se.tjanstekatalog.organisation.entity.OrgUnitData;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.security.control.CallerInfo;
import se.tjanstekatalog.security.entity.AppUser;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.start.StartBean;
import se.tjanstekatalog.start.domain.YearToDate;

/**
 * Page beans (view- and session-scoped) move with the session to another node in a cluster
 * (ADR 0010). First the rule ({@link PageStateRules}) on every page bean's declared fields, then
 * the proof on real instances: a few beans filled as their page fills them are written with
 * {@link ObjectOutputStream} and read back, as the data grid does.
 */
class PageStateSerializableTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final YearMonth OCT = YearMonth.of(2026, 10);

  @Test
  void everyPageBeanHoldsOnlyStateThatMovesWithTheSession() {
    List<Class<?>> beans = PageStateRules.pageBeans(CLASSES);
    assertTrue(beans.size() >= 40, "found the page beans: " + beans.size());
    List<String> problems = beans.stream().flatMap(b -> PageStateRules.problems(b).stream())
        .toList();
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theRuleFindsWhatWouldNotMove() {
    List<String> problems = PageStateRules.problems(Unmovable.class);
    assertEquals(5, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).contains("is not Serializable"), problems.get(0));
    assertTrue(problems.stream().anyMatch(p -> p.contains("service: @Inject transient")));
    assertTrue(problems.stream().anyMatch(p -> p.contains("entity: ") && p.contains("Holder")));
    assertTrue(problems.stream().anyMatch(p -> p.contains("rows: ") && p.contains("Holder")));
    assertTrue(problems.stream().anyMatch(p -> p.contains("lost: transient String")));
  }

  @Test
  void theStartPageOfAChiefMovesWithItsKeyValuesAndYearToDate() throws Exception {
    StartBean bean = new StartBean();
    Map<OrgKind, Long> counts = new EnumMap<>(OrgKind.class);
    counts.put(OrgKind.ADMINISTRATION, 12L);
    counts.put(OrgKind.COMPANY, 3L);
    OrgKeyValue latest = new OrgKeyValue(org(), OCT);
    latest.setHeadcount(812);
    latest.setTurnover(Amount.of("1250000.00"));
    set(bean, "orgCounts", counts);
    set(bean, "latestMonth", OCT);
    set(bean, "ownLatest", latest);
    set(bean, "tasks", Stream.of("a", "b").map(s -> new StartBean.Task("statement-review",
        "Granska " + s, "statements/statement.xhtml?month=2026-10")).toList());
    set(bean, "yearToDate", YearToDate.of(OCT, List.of(
        new MonthTotal(OCT, FinancingModel.CHARGEBACK, true, Amount.of("100.10")),
        new MonthTotal(OCT.minusMonths(1), FinancingModel.ALLOCATION, false, Amount.of("90"))),
        List.of(new MonthTotal(OCT.minusYears(1), FinancingModel.ALLOCATION, true,
            Amount.of("10.00")))));
    set(bean, "yearChart", "{\"type\":\"bar\"}");

    StartBean moved = roundTrip(bean);
    assertEquals(12L, moved.getAdministrations());
    assertEquals(812, moved.getOwnLatest().getHeadcount());
    assertEquals(Amount.of("1250000.00"), moved.getOwnLatest().getTurnover());
    assertEquals("Grundskoleförvaltningen", moved.getOwnLatest().getOrg().getName());
    assertEquals(bean.getTasks(), moved.getTasks());
    assertEquals(Amount.of("100.10"), moved.getYearToDate().chargeback());
    assertEquals(bean.getYearChart(), moved.getYearChart());
  }

  @Test
  void anImportPreviewMovesWithItsProblemsAndTheirMessageArguments() throws Exception {
    ImportsBean bean = new ImportsBean();
    ImportProblem problem = ImportProblem.of(7, "Antal", "x", "import.problem.number",
        "x", 7L, OCT, new BigDecimal("1.5"));
    ImportReport report = new ImportReport(ImportKind.CONSUMPTION, "oktober.csv", "Telia",
        "abc123", "UTF-8", ";", 120, OCT, OCT, List.of(problem), 1,
        List.of(new ImportReport.ProblemCount("import.problem.number", "Ej ett tal", 1)),
        List.of(new ImportReport.OrgTotal("GSF", "Grundskoleförvaltningen", 119,
            new BigDecimal("1487.50"))),
        List.of(), new BigDecimal("119"), new BigDecimal("1487.50"), 0, List.of(), List.of(),
        null);
    set(bean, "preview", report);
    set(bean, "underReview", List.of(OCT));

    ImportsBean moved = roundTrip(bean);
    ImportReport after = moved.getPreview();
    assertEquals(report.rows(), after.rows());
    assertEquals(List.of("x", 7L, OCT, new BigDecimal("1.5")),
        List.of(after.problems().get(0).args()));
    assertNull(get(moved, "running"), "a running import stays on its node");
  }

  @Test
  void theSessionsUserMovesWithTheCallerButWithoutTheSecurityContext() throws Exception {
    CurrentUser user = new CurrentUser();
    OrgUnit org = org();
    set(org, "id", 4L);
    set(user, "info", CallerInfo.of(new AppUser("ekonom.gsf", "Eva Ekonom", "hash",
        Role.ORG_FINANCE, org)));
    set(user, "infoRevision", 3L);

    CurrentUser moved = roundTrip(user);
    CallerInfo info = (CallerInfo) get(moved, "info");
    assertEquals("ekonom.gsf", info.getUsername());
    assertEquals(4L, info.getOrgId());
    assertEquals(3L, get(moved, "infoRevision"));
    assertNull(get(moved, "security"), "looked up again on the new node");
  }

  private static OrgUnit org() {
    return new OrgUnit(new OrgUnitData(null, 0, "GSF", "Grundskoleförvaltningen",
        OrgKind.ADMINISTRATION, "1100", null, LocalDate.of(2020, 1, 1), null));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T bean) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(bean);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  private static void set(Object target, String name, Object value) throws Exception {
    field(target.getClass(), name).set(target, value);
  }

  private static Object get(Object target, String name) throws Exception {
    return field(target.getClass(), name).get(target);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(name);
  }

  /** What the rule must refuse: not Serializable, an injected transient, an entity that is not. */
  static class Unmovable {
    @jakarta.inject.Inject transient Object service;
    Holder entity;
    List<Holder> rows;
    transient String lost;
  }

  static class Holder {}
}
