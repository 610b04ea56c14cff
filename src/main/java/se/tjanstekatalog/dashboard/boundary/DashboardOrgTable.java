package se.tjanstekatalog.dashboard.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.tjanstekatalog.dashboard.control.DashboardService.Dashboard;
import se.tjanstekatalog.dashboard.domain.CostDashboard.KindGroup;
import se.tjanstekatalog.dashboard.domain.CostDashboard.OrgRow;
import se.tjanstekatalog.dashboard.domain.CostTally;
import se.tjanstekatalog.dashboard.domain.KeyFigure;
import se.tjanstekatalog.dashboard.domain.RatioStats;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The dashboard's organisations' table as the texts of its cells, for one dashboard, one choice
 * of column groups ({@link DashboardBean#COLUMN_GROUPS}) and one locale. The page writes these
 * texts as they are, where each cell looked the bean up and formatted its figure on every view
 * (the table's repeats were 28 % of the page's JFR samples under load; the rate gained was a few
 * per cent, docs/OPERATIONS.md). Built once per shared dashboard and choice
 * ({@link SharedDashboardParts}) and immutable.
 *
 * @param sections förvaltningar, then bolag, each with its orgs and summary rows
 * @param total the row of every org together
 * @param columnCount the table's columns, for the section headings' colspan
 */
public record DashboardOrgTable(List<Section> sections, Row total, int columnCount) {
  public DashboardOrgTable {
    sections = List.copyOf(sections);
  }

  /**
   * Förvaltningar or bolag: a heading, an org's row each, and the rows of their sum, median and
   * mean.
   *
   * @param kind {@code ADMINISTRATION} or {@code COMPANY}, as the rows' data attributes say
   */
  public record Section(String kind, String heading, List<Row> orgs, Row total, Row median,
      Row mean) {
    public Section {
      orgs = List.copyOf(orgs);
    }
  }

  /**
   * One row: its heading (an org's name and code, or what a summary row sums up), headcount and
   * turnover, the binding (an org's lines per area, or a total's model), and the chosen
   * groups' cells.
   *
   * @param code the org's code, null in a summary row
   * @param areaLines an org's binding per service area; empty in a summary row
   * @param binding a total's binding model; an org's "no computed result" when it has no area
   *     lines, else empty; null in a median or mean row
   */
  public record Row(String heading, String code, String headcount, String turnover,
      List<String> areaLines, String binding, List<Cell> cells) {
    public Row {
      areaLines = List.copyOf(areaLines);
      cells = List.copyOf(cells);
    }
  }

  /** A cell's text; a figure is right-aligned, an empty cell (no such ratio) has no class. */
  public record Cell(String text, boolean figure) {
    static final Cell EMPTY = new Cell("", false);

    public String styleClass() {
      return figure ? "tk-num" : null;
    }
  }

  /** The table of a dashboard with the given column groups (in the table's order). */
  public static DashboardOrgTable of(Dashboard dashboard, List<String> groups, Locale locale) {
    Texts t = new Texts(locale);
    List<String> models = groups.stream().filter(g -> !g.equals("BINDING")).toList();
    boolean binding = groups.contains("BINDING");
    List<Section> sections = new ArrayList<>();
    for (KindGroup g : dashboard.costs().groups()) {
      String name = t.msg(g.messageKey());
      List<Row> orgs = new ArrayList<>();
      for (OrgRow o : g.orgs()) {
        List<String> lines = dashboard.areaBindings(o.org().id());
        orgs.add(new Row(o.org().name(), o.org().code(),
            t.headcount(o.tally().averageHeadcount()), t.msek(o.tally().turnoverMsek()), lines,
            lines.isEmpty() ? t.msg("dashboard.area.none") : "", orgCells(o, models, binding, t)));
      }
      CostTally sum = g.total();
      sections.add(new Section(g.company() ? "COMPANY" : "ADMINISTRATION", name, orgs,
          totalRow(t.msg("dashboard.group.total", name), sum, models, binding, t),
          statsRow(t.msg("dashboard.group.median", name), g, RatioStats::median, models,
              binding, t),
          statsRow(t.msg("dashboard.group.mean", name), g, RatioStats::mean, models, binding,
              t)));
    }
    Row total = totalRow(t.msg("dashboard.total"), dashboard.costs().total(), models, binding, t);
    return new DashboardOrgTable(sections, total, columnCount(groups));
  }

  /** The table's columns: org, headcount, turnover, binding, five per model, three for BINDING. */
  static int columnCount(List<String> groups) {
    int models = (int) groups.stream().filter(g -> !g.equals("BINDING")).count();
    return 4 + 5 * models + (groups.contains("BINDING") ? 3 : 0);
  }

  private static List<Cell> orgCells(OrgRow o, List<String> models, boolean binding, Texts t) {
    List<Cell> cells = new ArrayList<>();
    for (String model : models) {
      boolean chargeback = model.equals("CHARGEBACK");
      KeyFigure f = chargeback ? o.chargeback() : o.allocation();
      cells.add(figure(t.kr(f.cost())));
      cells.add(figure(t.ratio(f.perEmployee())));
      cells.add(figure(t.percent(chargeback ? o.chargebackPerEmployeeDeviation()
          : o.allocationPerEmployeeDeviation())));
      cells.add(figure(t.ratio(f.perMsek())));
      cells.add(figure(t.percent(chargeback ? o.chargebackPerMsekDeviation()
          : o.allocationPerMsekDeviation())));
    }
    if (binding) {
      KeyFigure f = o.binding();
      cells.add(figure(t.kr(f.cost())));
      cells.add(figure(t.ratio(f.perEmployee())));
      cells.add(figure(t.ratio(f.perMsek())));
    }
    return cells;
  }

  private static Row totalRow(String heading, CostTally sum, List<String> models,
      boolean binding, Texts t) {
    List<Cell> cells = new ArrayList<>();
    for (String model : models) {
      boolean chargeback = model.equals("CHARGEBACK");
      KeyFigure f = chargeback ? sum.chargebackFigure() : sum.allocationFigure();
      cells.add(figure(t.kr(chargeback ? sum.chargeback() : sum.allocation())));
      cells.add(figure(t.ratio(f.perEmployee())));
      cells.add(Cell.EMPTY);
      cells.add(figure(t.ratio(f.perMsek())));
      cells.add(Cell.EMPTY);
    }
    if (binding) {
      cells.add(figure(t.kr(sum.binding())));
      cells.add(figure(t.ratio(sum.bindingFigure().perEmployee())));
      cells.add(figure(t.ratio(sum.bindingFigure().perMsek())));
    }
    return new Row(heading, null, t.headcount(sum.averageHeadcount()),
        t.msek(sum.turnoverMsek()), List.of(), t.msg(sum.bindingModel().messageKey()), cells);
  }

  /** The median or mean row: the ratios only, the other cells empty. */
  private static Row statsRow(String heading, KindGroup g,
      Function<RatioStats, Amount> statistic, List<String> models, boolean binding, Texts t) {
    List<Cell> cells = new ArrayList<>();
    for (String model : models) {
      boolean chargeback = model.equals("CHARGEBACK");
      cells.add(Cell.EMPTY);
      cells.add(figure(t.ratio(statistic.apply(chargeback
          ? g.stats().chargebackPerEmployee() : g.stats().allocationPerEmployee()))));
      cells.add(Cell.EMPTY);
      cells.add(figure(t.ratio(statistic.apply(chargeback
          ? g.stats().chargebackPerMsek() : g.stats().allocationPerMsek()))));
      cells.add(Cell.EMPTY);
    }
    if (binding) {
      cells.add(Cell.EMPTY);
      cells.add(figure(t.ratio(statistic.apply(g.stats().bindingPerEmployee()))));
      cells.add(figure(t.ratio(statistic.apply(g.stats().bindingPerMsek()))));
    }
    return new Row(heading, null, null, null, List.of(), null, cells);
  }

  private static Cell figure(String text) {
    return new Cell(text, true);
  }

  /**
   * How the dashboard writes its figures in a locale's texts: kronor, a ratio (or "saknas"), a
   * percentage with one decimal, a headcount with one, turnover in MSEK with two.
   */
  record Texts(Locale locale) {
    String msg(String key, Object... args) {
      return Messages.get(locale, key, args);
    }

    /** Kronor; empty for none. */
    String kr(Amount value) {
      return value == null ? "" : SwedishFormat.tableKronor(value.value());
    }

    /** A ratio in kronor, or "saknas" where its key value is missing. */
    String ratio(Amount value) {
      return value == null ? msg("dashboard.missing") : SwedishFormat.tableKronor(value.value());
    }

    /** A percentage with one decimal ({@code 101,0 %} beside {@code 97,4 %}), or "–". */
    String percent(BigDecimal value) {
      return value == null ? "–" : SwedishFormat.tablePercent(value, 1);
    }

    /** An average headcount with one decimal ({@code 7 757,0} beside {@code 2 922,4}). */
    String headcount(BigDecimal value) {
      return value == null ? msg("dashboard.missing") : SwedishFormat.tableFixed(value, 1);
    }

    /** Turnover in MSEK with two decimals ({@code 2 298,60} beside {@code 3 678,02}). */
    String msek(BigDecimal value) {
      return value == null ? msg("dashboard.missing") : SwedishFormat.tableFixed(value, 2);
    }
  }
}
