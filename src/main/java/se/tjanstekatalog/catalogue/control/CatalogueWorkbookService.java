package se.tjanstekatalog.catalogue.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.catalogue.domain.WorkbookContent;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.AreaRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.CommitmentRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.LevelRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceListRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.ServiceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookRules;
import se.tjanstekatalog.catalogue.domain.WorkbookSheet;
import se.tjanstekatalog.catalogue.domain.WorkbookSheet.Column;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository;
import se.tjanstekatalog.catalogue.entity.Commitment;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceArea;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportRejected;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The whole catalogue as one workbook ({@link CatalogueWorkbook}): the template, the export of
 * the catalogue with a year's price list, and the import, which upserts by code.
 *
 * <p><b>Import.</b> Areas, services and levels are found by their codes (levels within their
 * service), promises by their kind within their level; new ones are created, changed facts
 * updated, each change written to the audit trail ({@link AuditTrail}, and areas and price
 * lists to the {@link AuditLog}); nothing is deleted. The year's price list is created when no
 * list covers the year, with the status the workbook gives (Utkast when empty: a
 * "Publicerad" list is what costing charges, so a new municipality's workbook says
 * Publicerad and its first month computes). A draft list's lines are added or repriced; a
 * published list's prices do not change here: a different or new price in it is refused (use
 * a change proposal). All or nothing: any problem and nothing is saved, and the report names
 * sheet, row, column and reason for every problem. A workbook that says what the catalogue
 * already holds changes nothing, so export then import reports no change.
 */
@Stateless
public class CatalogueWorkbookService {
  @Inject CatalogueRepository repository;
  @Inject CatalogueOwner owner;
  @Inject AuditTrail audit;
  @Inject AuditLog auditLog;
  @Inject @TenantDatabase DataSource dataSource;
  @Inject CurrentCaller caller;

  /** What an import did: new rows, changed values, each described in Swedish. */
  public record Outcome(int created, int updated, List<String> changes) implements Serializable {
    public boolean unchanged() {
      return changes.isEmpty();
    }
  }

  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public byte[] template() {
    return CatalogueWorkbook.template();
  }

  /** The catalogue and the price list of {@code year} (if one covers it) as the workbook. */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public byte[] export(Year year) {
    return CatalogueWorkbook.render(content(year));
  }

  /** The catalogue as the workbook's rows (row numbers 0). */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public WorkbookContent content(Year year) {
    List<AreaRow> areas = repository.areas().stream().map(a -> new AreaRow(0, a.getCode(),
        a.getName(), a.getDescription(), a.getSortOrder())).toList();
    List<ServiceRow> services = new ArrayList<>();
    List<LevelRow> levels = new ArrayList<>();
    List<CommitmentRow> commitments = new ArrayList<>();
    List<Service> all = repository.services().stream()
        .sorted(Comparator.comparing(Service::getCode)).toList();
    for (Service s : all) {
      services.add(new ServiceRow(0, s.getArea().getCode(), s.getCode(), s.getName(),
          s.getDescription(), s.getUnit(), s.getFinancing(), s.getVatRate(), s.getLifecycle(),
          s.getOwnerRole(), s.getOwnerContact()));
      for (ServiceLevel l : s.getLevels()) {
        levels.add(new LevelRow(0, s.getCode(), l.getCode(), l.getName(), l.getDescription(),
            l.getSortOrder(), l.getActiveFrom(), l.getActiveTo()));
        for (Commitment c : l.getCommitments()) {
          commitments.add(new CommitmentRow(0, s.getCode(), l.getCode(), c.getType(),
              c.getLabel(), c.getNumericValue(), c.getTextValue()));
        }
      }
    }
    PriceList list = year == null ? null : overlapping(year.atMonth(1), year.atMonth(12))
        .stream().findFirst().orElse(null);
    PriceListRow listRow = list == null ? null : new PriceListRow(0, list.getName(), year,
        list.getMarkupPercent(), list.getStatus());
    List<PriceRow> prices = list == null ? List.of() : list.getLines().stream()
        .sorted(Comparator.comparing((PriceListLine l) -> l.getLevel().getService().getCode())
            .thenComparing(l -> l.getLevel().getSortOrder())
            .thenComparing(l -> l.getLevel().getCode())
            .thenComparing(PriceListLine::getValidFrom))
        .map(l -> new PriceRow(0, l.getLevel().getService().getCode(), l.getLevel().getCode(),
            l.getValidFrom(), l.getCostPrice(), l.getChargedPrice()))
        .toList();
    return new WorkbookContent(areas, services, levels, commitments, listRow, prices);
  }

  /**
   * Reads, checks and saves a workbook, all or nothing.
   *
   * @throws ImportRejected with the full report when anything is wrong; nothing is saved
   */
  @RolesAllowed(Role.IT_CONTROLLER_NAME)
  public Outcome importWorkbook(byte[] xlsx, String fileName) {
    owner.requireOwn();
    owner.changedInThisTransaction();
    Map<WorkbookSheet, WorkbookRules.Table> tables;
    try {
      tables = CatalogueWorkbook.read(xlsx);
    } catch (UnreadableFile e) {
      throw rejected(fileName, 0, List.of(e.problem()));
    } catch (IOException e) {
      throw rejected(fileName, 0, List.of(UnreadableFile.generic()));
    }
    long rows = tables.values().stream().mapToLong(t -> t.rows().size()).sum();
    WorkbookRules.Result checked = WorkbookRules.check(tables, known());
    if (!checked.problems().isEmpty()) {
      throw rejected(fileName, rows, checked.problems());
    }
    Apply apply = new Apply();
    apply.run(checked.content());
    if (!apply.problems.isEmpty()) {
      throw rejected(fileName, rows, apply.problems);
    }
    Outcome outcome = new Outcome(apply.created, apply.updated, List.copyOf(apply.changes));
    if (!outcome.unchanged()) {
      auditLog.record(AuditKind.IMPORT, fileName, Messages.sv(
          "catalogue.workbook.audit", fileName, outcome.created(), outcome.updated()));
    }
    return outcome;
  }

  private WorkbookRules.Known known() {
    Set<String> areas = repository.areas().stream().map(ServiceArea::getCode)
        .collect(Collectors.toSet());
    List<Service> services = repository.services();
    return new WorkbookRules.Known(areas,
        services.stream().map(Service::getCode).collect(Collectors.toSet()),
        services.stream().flatMap(s -> s.getLevels().stream())
            .map(l -> WorkbookContent.levelKey(l.getService().getCode(), l.getCode()))
            .collect(Collectors.toSet()));
  }

  private List<PriceList> overlapping(YearMonth from, YearMonth to) {
    return repository.priceLists().stream()
        .filter(l -> PriceBook.overlaps(from, to, l.getValidFrom(), l.getValidTo())).toList();
  }

  /** The report of a refused workbook: every problem listed and counted by reason. */
  static ImportRejected rejected(String fileName, long rows, List<ImportProblem> problems) {
    Map<String, Long> counts = problems.stream().collect(Collectors.groupingBy(
        ImportProblem::key, LinkedHashMap::new, Collectors.counting()));
    List<ImportReport.ProblemCount> byReason = counts.entrySet().stream()
        .map(e -> new ImportReport.ProblemCount(e.getKey(),
            Messages.sv(e.getKey() + ".short"), e.getValue()))
        .toList();
    List<ImportProblem> listed = problems.size() > ImportReport.MAX_LISTED
        ? problems.subList(0, ImportReport.MAX_LISTED) : problems;
    return new ImportRejected(new ImportReport(null, fileName,
        Messages.sv("catalogue.workbook.source"), null, "xlsx", "", rows, null, null,
        List.copyOf(listed), problems.size(), byReason, List.of(), List.of(), null,
        BigDecimal.ZERO, 0, List.of(), List.of(), null));
  }

  /** One import's writes, changes and problems (the problems that need the stored catalogue). */
  private final class Apply {
    final List<ImportProblem> problems = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    final Map<String, ServiceArea> areas = new HashMap<>();
    final Map<String, Service> services = new HashMap<>();
    final Map<String, ServiceLevel> levels = new HashMap<>();
    int created;
    int updated;

    void run(WorkbookContent content) {
      repository.areas().forEach(a -> areas.put(a.getCode(), a));
      for (Service s : repository.services()) {
        services.put(s.getCode(), s);
        s.getLevels().forEach(l -> levels.put(WorkbookContent.levelKey(s.getCode(),
            l.getCode()), l));
      }
      content.areas().forEach(this::area);
      content.services().forEach(this::service);
      content.levels().forEach(this::level);
      commitments(content.commitments());
      if (content.priceList() != null) {
        priceList(content.priceList(), content.prices());
      }
    }

    private void area(AreaRow row) {
      ServiceArea a = areas.get(row.code());
      if (a == null) {
        a = new ServiceArea(row.code(), row.name(), row.description(), row.sortOrder());
        repository.persist(a);
        areas.put(row.code(), a);
        created(WorkbookSheet.AREAS, row.code());
        auditLog.record(AuditKind.CATALOGUE, row.code(),
            Messages.sv("catalogue.workbook.audit.newArea", row.code(), row.name()));
        return;
      }
      ServiceArea area = a;
      areaField(area, "name", area.getName(), row.name(), area::setName);
      areaField(area, "description", area.getDescription(), row.description(),
          area::setDescription);
      areaField(area, "sortOrder", area.getSortOrder(), row.sortOrder(), area::setSortOrder);
    }

    private <V> void areaField(ServiceArea area, String field, V before, V after,
        Consumer<V> set) {
      if (same(before, after)) {
        return;
      }
      auditLog.record(AuditKind.CATALOGUE, area.getCode(), Messages.sv(
          "catalogue.workbook.audit.area", area.getCode(), Messages.sv("audit.field." + field),
          text(before), text(after)));
      set.accept(after);
      changed(WorkbookSheet.AREAS, area.getCode(), field, before, after);
    }

    private void service(ServiceRow row) {
      ServiceArea area = areas.get(row.areaCode());
      Service s = services.get(row.code());
      if (s == null) {
        s = new Service(row.code(), row.name(), area, row.unit(), row.financing());
        s.setDescription(row.description());
        s.setVatRate(row.vatPercent());
        s.setLifecycle(row.lifecycle());
        s.setOwnerRole(row.ownerRole());
        s.setOwnerContact(row.ownerContact());
        repository.persist(s);
        services.put(row.code(), s);
        audit.record(s, s.getName(), "service", null, s.getName(), null);
        created(WorkbookSheet.SERVICES, row.code());
        return;
      }
      Service service = s;
      boolean computedDifferently = service.getUnit() != row.unit()
          || service.getFinancing() != row.financing();
      field(service, service.getName(), "area", service.getArea().getCode(), row.areaCode(),
          code -> service.setArea(area));
      field(service, service.getName(), "name", service.getName(), row.name(),
          service::setName);
      field(service, service.getName(), "description", service.getDescription(),
          row.description(), service::setDescription);
      field(service, service.getName(), "unit", service.getUnit(), row.unit(),
          service::setUnit);
      field(service, service.getName(), "financing", service.getFinancing(), row.financing(),
          service::setFinancing);
      field(service, service.getName(), "vatRate", service.getVatRate(), row.vatPercent(),
          service::setVatRate);
      field(service, service.getName(), "lifecycle", service.getLifecycle(), row.lifecycle(),
          service::setLifecycle);
      field(service, service.getName(), "ownerRole", service.getOwnerRole(), row.ownerRole(),
          service::setOwnerRole);
      field(service, service.getName(), "ownerContact", service.getOwnerContact(),
          row.ownerContact(), service::setOwnerContact);
      if (computedDifferently) {
        CatalogueCorrections.recordInputChange(repository, dataSource, service, caller.name());
      }
    }

    private void level(LevelRow row) {
      Service s = services.get(row.serviceCode());
      ServiceLevel l = levels.get(row.key());
      if (l == null) {
        l = s.addLevel(row.code(), row.name(), row.activeFrom());
        l.setSortOrder(row.sortOrder());
        l.setDescription(row.description());
        l.setActiveTo(row.activeTo());
        levels.put(row.key(), l);
        audit.record(s, row.name(), "level", null, row.name(), null);
        created(WorkbookSheet.LEVELS, row.key());
        return;
      }
      ServiceLevel level = l;
      String subject = s.getName() + " – " + level.getName();
      field(s, subject, "levelName", level.getName(), row.name(), level::setName);
      field(s, subject, "levelDescription", level.getDescription(), row.description(),
          level::setDescription);
      field(s, subject, "sortOrder", level.getSortOrder(), row.sortOrder(),
          level::setSortOrder);
      field(s, subject, "activeFrom", level.getActiveFrom(), row.activeFrom(),
          level::setActiveFrom);
      field(s, subject, "activeTo", level.getActiveTo(), row.activeTo(), level::setActiveTo);
    }

    /** Promises by kind within their level, the n-th of a kind matched to the n-th stored. */
    private void commitments(List<CommitmentRow> rows) {
      Map<String, Integer> seen = new HashMap<>();
      for (CommitmentRow row : rows) {
        ServiceLevel level = levels.get(row.levelKey());
        int n = seen.merge(row.levelKey() + "|" + row.rowKey(), 1, Integer::sum);
        List<Commitment> stored = level.getCommitments().stream()
            .filter(c -> c.rowKey().equals(row.rowKey())).toList();
        Service s = level.getService();
        String subject = level.getName() + ": " + (row.label() != null ? row.label()
            : Messages.sv(row.type().messageKey()));
        if (n > stored.size()) {
          level.addCommitment(row.type(), row.label(), row.number(), row.text());
          audit.record(s, subject, "commitment", null,
              row.type().isNumeric() ? row.number() : row.text(), null);
          created(WorkbookSheet.COMMITMENTS, row.levelKey() + " " + subject);
        } else {
          Commitment c = stored.get(n - 1);
          if (row.type().isNumeric()) {
            field(s, subject, "value", c.getNumericValue(), row.number(), c::setNumericValue);
          } else {
            field(s, subject, "value", c.getTextValue(), row.text(), c::setTextValue);
          }
        }
      }
    }

    private void priceList(PriceListRow row, List<PriceRow> prices) {
      List<PriceList> covering = overlapping(row.from(), row.to());
      PriceList list = covering.isEmpty() ? null : covering.get(0);
      if (covering.size() > 1 || list != null && (!list.getValidFrom().equals(row.from())
          || !list.getValidTo().equals(row.to()))) {
        problem(WorkbookSheet.PRICE_LIST, Column.YEAR, row.row(), row.year().toString(),
            "catalogue.workbook.problem.overlap", list.getName(),
            SwedishFormat.month(list.getValidFrom()), SwedishFormat.month(list.getValidTo()));
        return;
      }
      boolean published = list != null && list.getStatus() == PriceListStatus.PUBLISHED;
      if (list == null) {
        list = new PriceList(row.name(), row.from(), row.to(), row.markupPercent());
        repository.persist(list);
        auditLog.record(AuditKind.PRICE, row.from(), null, row.name(), Messages.sv(
            "catalogue.workbook.audit.newList", row.name(), row.year(),
            row.markupPercent().toPlainString()));
        created(WorkbookSheet.PRICE_LIST, row.name());
      } else {
        listChanges(list, row, published);
      }
      repository.flush(); // new areas, services and levels get their ids before the lines
      Map<String, PriceListLine> lines = new HashMap<>();
      list.getLines().forEach(l -> lines.put(l.getLevel().getId() + "|" + l.getValidFrom(), l));
      for (PriceRow p : prices) {
        price(list, published, lines, p, row);
      }
      if (row.status() == PriceListStatus.PUBLISHED && list.getStatus() != row.status()
          && problems.isEmpty()) {
        list.setStatus(PriceListStatus.PUBLISHED);
        auditLog.record(AuditKind.PRICE, list.getValidFrom(), null, list.getName(),
            Messages.sv("catalogue.workbook.audit.published", list.getName()));
        changed(WorkbookSheet.PRICE_LIST, list.getName(), "status",
            Messages.sv(PriceListStatus.DRAFT.messageKey()),
            Messages.sv(PriceListStatus.PUBLISHED.messageKey()));
      }
    }

    private void listChanges(PriceList list, PriceListRow row, boolean published) {
      if (!same(list.getName(), row.name())) {
        auditLog.record(AuditKind.PRICE, list.getValidFrom(), null, list.getName(),
            Messages.sv("catalogue.workbook.audit.listName", list.getName(), row.name()));
        changed(WorkbookSheet.PRICE_LIST, list.getName(), "name", list.getName(), row.name());
        list.setName(row.name());
      }
      if (published && row.status() == PriceListStatus.DRAFT) {
        problem(WorkbookSheet.PRICE_LIST, Column.STATUS, row.row(),
            Messages.sv(row.status().messageKey()), "catalogue.workbook.problem.unpublish",
            list.getName());
      }
      if (same(list.getMarkupPercent(), row.markupPercent())) {
        return;
      }
      if (published) {
        problem(WorkbookSheet.PRICE_LIST, Column.MARKUP, row.row(),
            row.markupPercent().toPlainString(), "catalogue.workbook.problem.published",
            list.getName());
        return;
      }
      auditLog.record(AuditKind.PRICE, list.getValidFrom(), null, list.getName(),
          Messages.sv("catalogue.workbook.audit.markup", list.getName(),
              list.getMarkupPercent().stripTrailingZeros().toPlainString(),
              row.markupPercent().stripTrailingZeros().toPlainString()));
      changed(WorkbookSheet.PRICE_LIST, list.getName(), "markup", list.getMarkupPercent(),
          row.markupPercent());
      list.setMarkupPercent(row.markupPercent());
      for (PriceListLine line : list.getLines()) {
        Amount charged = PriceBook.chargedPrice(line.getCostPrice(), row.markupPercent());
        String subject = line.getLevel().getName() + " (" + list.getName() + ")";
        audit.record(line.getLevel().getService(), subject, "chargedPrice",
            line.getChargedPrice(), charged, null);
        line.reprice(line.getCostPrice(), charged);
      }
    }

    private void price(PriceList list, boolean published, Map<String, PriceListLine> lines,
        PriceRow p, PriceListRow listRow) {
      ServiceLevel level = levels.get(p.levelKey());
      YearMonth from = p.validFrom() == null ? listRow.from() : p.validFrom();
      PriceListLine line = level.getId() == null ? null : lines.get(level.getId() + "|" + from);
      boolean sameAsStored = line != null && line.getCostPrice().equals(p.costPrice())
          && (p.chargedPrice() == null || line.getChargedPrice().equals(p.chargedPrice()));
      if (sameAsStored) {
        return;
      }
      if (published) {
        problem(WorkbookSheet.PRICES, line == null ? Column.LEVEL_CODE : Column.COST_PRICE,
            p.row(), line == null ? p.levelKey() : p.costPrice().value().toPlainString(),
            "catalogue.workbook.problem.published", list.getName());
        return;
      }
      Amount charged = PriceBook.chargedPrice(p.costPrice(), list.getMarkupPercent());
      if (p.chargedPrice() != null && !p.chargedPrice().equals(charged)) {
        problem(WorkbookSheet.PRICES, Column.CHARGED_PRICE, p.row(),
            p.chargedPrice().value().toPlainString(), "catalogue.workbook.problem.charged",
            SwedishFormat.kronor(charged.value()));
        return;
      }
      Service s = level.getService();
      String subject = level.getName() + " (" + list.getName() + ")";
      String what = p.levelKey() + " " + SwedishFormat.month(from);
      if (line == null) {
        list.getLines().add(new PriceListLine(list, level, from, p.costPrice(), charged));
        lines.put(level.getId() + "|" + from, list.getLines().get(list.getLines().size() - 1));
        audit.record(s, subject, "costPrice", null, p.costPrice(), null);
        audit.record(s, subject, "chargedPrice", null, charged, null);
        created(WorkbookSheet.PRICES, what);
        return;
      }
      audit.record(s, subject, "costPrice", line.getCostPrice(), p.costPrice(), null);
      audit.record(s, subject, "chargedPrice", line.getChargedPrice(), charged, null);
      changed(WorkbookSheet.PRICES, what, "costPrice", line.getCostPrice(), p.costPrice());
      line.reprice(p.costPrice(), charged);
    }

    private <V> void field(Service s, String subject, String field, V before, V after,
        Consumer<V> set) {
      if (same(before, after)) {
        return;
      }
      audit.record(s, subject, field, before, after, null);
      set.accept(after);
      changed(WorkbookSheet.SERVICES, s.getCode() + " " + subject, field, before, after);
    }

    private void created(WorkbookSheet sheet, String what) {
      created++;
      changes.add(Messages.sv("catalogue.workbook.change.created", sheet.sheetName(), what));
    }

    private void changed(WorkbookSheet sheet, String what, String field, Object before,
        Object after) {
      updated++;
      changes.add(Messages.sv("catalogue.workbook.change.updated", sheet.sheetName(), what,
          Messages.sv("audit.field." + field), text(before), text(after)));
    }

    private void problem(WorkbookSheet sheet, Column column, long row, String value,
        String key, Object... args) {
      problems.add(ImportProblem.of(row, WorkbookRules.where(sheet, column), value, key, args));
    }
  }

  /** Equal for the catalogue: texts stripped (empty is none), numbers by value. */
  static boolean same(Object a, Object b) {
    Object x = normal(a);
    Object y = normal(b);
    if (x instanceof BigDecimal m && y instanceof BigDecimal n) {
      return m.compareTo(n) == 0;
    }
    return Objects.equals(x, y);
  }

  private static Object normal(Object v) {
    if (v instanceof String s) {
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
    if (v instanceof Amount a) {
      return a.value();
    }
    return v;
  }

  private static String text(Object v) {
    Object n = normal(v);
    if (n == null) {
      return "–";
    }
    if (n instanceof BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    if (n instanceof YearMonth m) {
      return SwedishFormat.month(m);
    }
    if (n instanceof Enum<?> e) {
      return Messages.sv(e.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "."
          + e.name());
    }
    return n.toString();
  }
}
