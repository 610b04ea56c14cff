package se.tjanstekatalog.catalogue.domain;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.AreaRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.CommitmentRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.LevelRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceListRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.PriceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookContent.ServiceRow;
import se.tjanstekatalog.catalogue.domain.WorkbookSheet.Column;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The catalogue workbook's row rules, in plain Java: every cell read and checked, codes unique
 * within their sheet, every reference to an area, a service or a level found in the workbook
 * or in the catalogue already ({@link Known}). Every problem names the sheet and column (as
 * "Tjänster: Kod"), the row and the reason; the whole workbook is read, so the report lists
 * them all. Rules that need the stored price list (a published list's prices) are the
 * importer's.
 */
public final class WorkbookRules {
  /** Codes: 1–30 characters, no spaces. */
  static final int CODE = 30;

  /** One sheet as read: its heading row and its rows with their row numbers (1 = heading). */
  public record Table(String[] header, List<Row> rows) {
    public record Row(long row, String[] cells) {}
  }

  /** The codes the catalogue has already; levels as {@link WorkbookContent#levelKey}. */
  public record Known(Set<String> areas, Set<String> services, Set<String> levels) {
    public static final Known NOTHING = new Known(Set.of(), Set.of(), Set.of());
  }

  /** The content when there are no problems, and the problems. */
  public record Result(WorkbookContent content, List<ImportProblem> problems) {}

  private final List<ImportProblem> problems = new ArrayList<>();

  private WorkbookRules() {}

  /**
   * Reads and checks the workbook's tables. A missing sheet is a problem (the instructions
   * sheet is never read); a workbook without price list rows has no price list.
   */
  public static Result check(Map<WorkbookSheet, Table> tables, Known known) {
    WorkbookRules rules = new WorkbookRules();
    return rules.run(tables, known);
  }

  private Result run(Map<WorkbookSheet, Table> tables, Known known) {
    Map<WorkbookSheet, List<Cells>> rows = new EnumMap<>(WorkbookSheet.class);
    for (WorkbookSheet sheet : WorkbookSheet.values()) {
      Table table = tables.get(sheet);
      if (table == null) {
        problems.add(ImportProblem.of(0, sheet.sheetName(), "",
            "catalogue.workbook.problem.missingSheet", sheet.sheetName()));
        rows.put(sheet, List.of());
      } else {
        rows.put(sheet, cells(sheet, table));
      }
    }
    List<AreaRow> areas = rows.get(WorkbookSheet.AREAS).stream().map(this::area).toList();
    List<ServiceRow> services = rows.get(WorkbookSheet.SERVICES).stream().map(this::service)
        .toList();
    List<LevelRow> levels = rows.get(WorkbookSheet.LEVELS).stream().map(this::level).toList();
    List<CommitmentRow> commitments = rows.get(WorkbookSheet.COMMITMENTS).stream()
        .map(this::commitment).toList();
    List<PriceListRow> lists = rows.get(WorkbookSheet.PRICE_LIST).stream().map(this::priceList)
        .toList();
    List<PriceRow> prices = rows.get(WorkbookSheet.PRICES).stream().map(this::price).toList();

    unique(WorkbookSheet.AREAS, Column.CODE, areas, AreaRow::row, AreaRow::code);
    unique(WorkbookSheet.SERVICES, Column.CODE, services, ServiceRow::row, ServiceRow::code);
    unique(WorkbookSheet.LEVELS, Column.LEVEL_CODE, levels, LevelRow::row, LevelRow::key);
    unique(WorkbookSheet.PRICES, Column.VALID_FROM, prices, PriceRow::row,
        p -> p.levelKey() == null ? null
            : p.levelKey() + " " + SwedishFormat.month(p.validFrom()));

    Set<String> areaCodes = union(known.areas(), areas.stream().map(AreaRow::code));
    Set<String> serviceCodes = union(known.services(), services.stream().map(ServiceRow::code));
    Set<String> levelKeys = union(known.levels(), levels.stream().map(LevelRow::key));
    for (ServiceRow s : services) {
      refer(WorkbookSheet.SERVICES, Column.AREA_CODE, s.row(), s.areaCode(), areaCodes,
          "catalogue.workbook.problem.unknownArea");
    }
    for (LevelRow l : levels) {
      refer(WorkbookSheet.LEVELS, Column.SERVICE_CODE, l.row(), l.serviceCode(), serviceCodes,
          "catalogue.workbook.problem.unknownService");
    }
    for (CommitmentRow c : commitments) {
      refer(WorkbookSheet.COMMITMENTS, Column.LEVEL_CODE, c.row(), c.levelKey(), levelKeys,
          "catalogue.workbook.problem.unknownLevel");
    }
    PriceListRow list = null;
    if (lists.size() > 1) {
      problem(WorkbookSheet.PRICE_LIST, Column.YEAR, lists.get(1).row(), "",
          "catalogue.workbook.problem.oneList");
    } else if (lists.size() == 1) {
      list = lists.get(0);
    }
    for (PriceRow p : prices) {
      refer(WorkbookSheet.PRICES, Column.LEVEL_CODE, p.row(), p.levelKey(), levelKeys,
          "catalogue.workbook.problem.unknownLevel");
      if (list == null && lists.isEmpty()) {
        problem(WorkbookSheet.PRICES, Column.SERVICE_CODE, p.row(), p.levelKey(),
            "catalogue.workbook.problem.noList");
      } else if (list != null && list.year() != null && p.validFrom() != null
          && p.validFrom().getYear() != list.year().getValue()) {
        problem(WorkbookSheet.PRICES, Column.VALID_FROM, p.row(),
            SwedishFormat.month(p.validFrom()), "catalogue.workbook.problem.outsideYear",
            String.valueOf(list.year().getValue()));
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    return new Result(new WorkbookContent(areas, services, levels, commitments, list, prices),
        List.of());
  }

  // ---- rows

  private AreaRow area(Cells c) {
    return new AreaRow(c.row, c.code(Column.CODE), c.required(Column.NAME, 120),
        c.text(Column.DESCRIPTION, 1000), c.sortOrder());
  }

  private ServiceRow service(Cells c) {
    BigDecimal vat = c.decimal(Column.VAT, Service.DEFAULT_VAT_PERCENT.toPlainString());
    if (vat != null && (vat.signum() < 0 || vat.compareTo(BigDecimal.valueOf(100)) > 0)) {
      c.problem(Column.VAT, "catalogue.workbook.problem.percent");
      vat = null;
    }
    return new ServiceRow(c.row, c.code(Column.AREA_CODE), c.code(Column.CODE),
        c.required(Column.NAME, 160), c.text(Column.DESCRIPTION, 60_000),
        c.choice(Column.UNIT, Unit.values(), Unit::messageKey, null),
        c.choice(Column.FINANCING, Financing.values(), Financing::messageKey, null),
        vat, c.choice(Column.LIFECYCLE, Lifecycle.values(), Lifecycle::messageKey,
            Lifecycle.ACTIVE),
        c.text(Column.OWNER_ROLE, 120), c.text(Column.OWNER_CONTACT, 200));
  }

  private LevelRow level(Cells c) {
    YearMonth from = c.month(Column.ACTIVE_FROM, true);
    YearMonth to = c.month(Column.ACTIVE_TO, false);
    if (from != null && to != null && to.isBefore(from)) {
      c.problem(Column.ACTIVE_TO, "catalogue.workbook.problem.monthOrder",
          SwedishFormat.month(from));
    }
    return new LevelRow(c.row, c.code(Column.SERVICE_CODE), c.code(Column.LEVEL_CODE),
        c.required(Column.NAME, 80), c.text(Column.DESCRIPTION, 2000), c.sortOrder(), from, to);
  }

  private CommitmentRow commitment(Cells c) {
    CommitmentType type = c.choice(Column.TYPE, CommitmentType.values(),
        CommitmentType::messageKey, null);
    String label = c.text(Column.LABEL, 120);
    BigDecimal number = null;
    String text = null;
    if (type == CommitmentType.FREE_TEXT && label == null) {
      c.problem(Column.LABEL, "catalogue.workbook.problem.label");
    }
    if (type != null && type.isNumeric()) {
      // An empty value is a promise not yet quantified, as the catalogue may hold one.
      number = c.decimal(Column.VALUE, null);
      if (number != null && number.signum() < 0) {
        c.problem(Column.VALUE, "catalogue.workbook.problem.negative");
      }
    } else {
      text = c.text(Column.VALUE, 500);
    }
    return new CommitmentRow(c.row, c.code(Column.SERVICE_CODE), c.code(Column.LEVEL_CODE),
        type, label, number, text);
  }

  private PriceListRow priceList(Cells c) {
    Year year = null;
    String y = c.get(Column.YEAR);
    if (y == null) {
      c.problem(Column.YEAR, "catalogue.workbook.problem.required");
    } else if (!y.matches("\\d{4}")) {
      c.problem(Column.YEAR, "catalogue.workbook.problem.year");
    } else {
      year = Year.of(Integer.parseInt(y));
    }
    BigDecimal markup = c.decimal(Column.MARKUP, null);
    if (markup == null && c.get(Column.MARKUP) == null) {
      c.problem(Column.MARKUP, "catalogue.workbook.problem.required");
    } else if (markup != null
        && (markup.signum() < 0 || markup.compareTo(BigDecimal.valueOf(100)) > 0)) {
      c.problem(Column.MARKUP, "catalogue.workbook.problem.percent");
    }
    return new PriceListRow(c.row, c.required(Column.NAME, 120), year, markup,
        c.choice(Column.STATUS, PriceListStatus.values(), PriceListStatus::messageKey,
            PriceListStatus.DRAFT));
  }

  private PriceRow price(Cells c) {
    Amount cost = c.amount(Column.COST_PRICE, true);
    Amount charged = c.amount(Column.CHARGED_PRICE, false);
    return new PriceRow(c.row, c.code(Column.SERVICE_CODE), c.code(Column.LEVEL_CODE),
        c.month(Column.VALID_FROM, false), cost, charged);
  }

  // ---- checks across rows

  private <T> void unique(WorkbookSheet sheet, Column column, List<T> rows,
      Function<T, Long> rowNo, Function<T, String> key) {
    Map<String, Long> first = new HashMap<>();
    for (T row : rows) {
      String k = key.apply(row);
      if (k == null) {
        continue;
      }
      Long earlier = first.putIfAbsent(k, rowNo.apply(row));
      if (earlier != null) {
        problem(sheet, column, rowNo.apply(row), k, "catalogue.workbook.problem.duplicate",
            earlier);
      }
    }
  }

  private void refer(WorkbookSheet sheet, Column column, long row, String code,
      Set<String> known, String key) {
    if (code != null && !known.contains(code)) {
      problem(sheet, column, row, code, key);
    }
  }

  private static Set<String> union(Set<String> known, Stream<String> more) {
    Set<String> all = new HashSet<>(known);
    more.filter(s -> s != null).forEach(all::add);
    return all;
  }

  private void problem(WorkbookSheet sheet, Column column, long row, String value, String key,
      Object... args) {
    problems.add(ImportProblem.of(row, where(sheet, column), value, key, args));
  }

  /** "Tjänster: Kod": the sheet and the column, as the report's column. */
  public static String where(WorkbookSheet sheet, Column column) {
    return sheet.sheetName() + ": " + column.heading();
  }

  /**
   * How the workbook writes a choice: its short workbook label where it has one (financing),
   * else the portal's Swedish label.
   */
  public static String label(String key) {
    String shortKey = "catalogue.workbook." + key;
    String text = Messages.sv(shortKey);
    return text.equals(shortKey) ? Messages.sv(key) : text;
  }

  // ---- cells

  private List<Cells> cells(WorkbookSheet sheet, Table table) {
    Map<String, Integer> index = new LinkedHashMap<>();
    String[] header = table.header();
    for (int i = 0; i < header.length; i++) {
      index.putIfAbsent(TabularFile.normaliseHeader(header[i]), i);
    }
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    boolean missing = false;
    for (Column column : sheet.columns()) {
      Integer i = index.get(TabularFile.normaliseHeader(column.heading()));
      if (i == null) {
        problems.add(ImportProblem.of(1, where(sheet, column), "",
            "catalogue.workbook.problem.missingColumn", column.heading(), sheet.sheetName()));
        missing = true;
      } else {
        at.put(column, i);
      }
    }
    if (missing) {
      return List.of();
    }
    return table.rows().stream().map(r -> new Cells(sheet, at, r)).toList();
  }

  /** One row's cells by column, reporting its own problems. */
  private final class Cells {
    final WorkbookSheet sheet;
    final Map<Column, Integer> at;
    final long row;
    final String[] values;

    Cells(WorkbookSheet sheet, Map<Column, Integer> at, Table.Row r) {
      this.sheet = sheet;
      this.at = at;
      this.row = r.row();
      this.values = r.cells();
    }

    String get(Column column) {
      int i = at.get(column);
      if (i >= values.length || values[i] == null || values[i].isBlank()) {
        return null;
      }
      return values[i].strip();
    }

    void problem(Column column, String key, Object... args) {
      WorkbookRules.this.problem(sheet, column, row, get(column), key, args);
    }

    String text(Column column, int max) {
      String v = get(column);
      if (v != null && v.length() > max) {
        problem(column, "catalogue.workbook.problem.tooLong", max);
      }
      return v;
    }

    String required(Column column, int max) {
      String v = text(column, max);
      if (v == null) {
        problem(column, "catalogue.workbook.problem.required");
      }
      return v;
    }

    String code(Column column) {
      String v = get(column);
      if (v == null) {
        problem(column, "catalogue.workbook.problem.required");
      } else if (v.length() > CODE || v.chars().anyMatch(Character::isWhitespace)) {
        problem(column, "catalogue.workbook.problem.code", CODE);
      }
      return v;
    }

    int sortOrder() {
      String v = get(Column.SORT_ORDER);
      if (v == null) {
        problem(Column.SORT_ORDER, "catalogue.workbook.problem.required");
        return 0;
      }
      if (!v.matches("\\d{1,6}")) {
        problem(Column.SORT_ORDER, "catalogue.workbook.problem.sortOrder");
        return 0;
      }
      return Integer.parseInt(v);
    }

    /** A number; {@code fallback} (a text) when empty, null for no default. */
    BigDecimal decimal(Column column, String fallback) {
      String v = get(column);
      if (v == null) {
        if (fallback == null) {
          return null;
        }
        v = fallback;
      }
      try {
        return SwedishFormat.parseNumber(v.replace("%", ""));
      } catch (NumberFormatException e) {
        problem(column, "catalogue.workbook.problem.number");
        return null;
      }
    }

    Amount amount(Column column, boolean required) {
      if (get(column) == null) {
        if (required) {
          problem(column, "catalogue.workbook.problem.required");
        }
        return null;
      }
      BigDecimal v = decimal(column, null);
      if (v == null) {
        return null;
      }
      if (v.signum() < 0) {
        problem(column, "catalogue.workbook.problem.negative");
        return null;
      }
      if (v.stripTrailingZeros().scale() > 2) {
        problem(column, "catalogue.workbook.problem.ore");
        return null;
      }
      return Amount.of(v);
    }

    YearMonth month(Column column, boolean required) {
      String v = get(column);
      if (v == null) {
        if (required) {
          problem(column, "catalogue.workbook.problem.required");
        }
        return null;
      }
      try {
        return SwedishFormat.parseMonth(v);
      } catch (RuntimeException e) {
        problem(column, "catalogue.workbook.problem.month");
        return null;
      }
    }

    /** An enum by its Swedish label or its code name; {@code fallback} when empty. */
    <E extends Enum<E>> E choice(Column column, E[] values, Function<E, String> key,
        E fallback) {
      String v = get(column);
      if (v == null) {
        if (fallback == null) {
          problem(column, "catalogue.workbook.problem.required");
        }
        return fallback;
      }
      String wanted = TabularFile.normaliseHeader(v);
      for (E e : values) {
        if (wanted.equals(TabularFile.normaliseHeader(Messages.sv(key.apply(e))))
            || wanted.equals(TabularFile.normaliseHeader(label(key.apply(e))))
            || wanted.equals(TabularFile.normaliseHeader(e.name()))) {
          return e;
        }
      }
      problem(column, "catalogue.workbook.problem.choice", Stream.of(values)
          .map(e -> label(key.apply(e))).collect(Collectors.joining(", ")));
      return null;
    }
  }
}
