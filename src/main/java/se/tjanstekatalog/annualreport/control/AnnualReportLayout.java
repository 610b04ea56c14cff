package se.tjanstekatalog.annualreport.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.annualreport.domain.AnnualReport;
import se.tjanstekatalog.annualreport.domain.AnnualReport.AreaSection;
import se.tjanstekatalog.annualreport.domain.AnnualReport.CatalogueChange;
import se.tjanstekatalog.annualreport.domain.AnnualReport.DecidedProposal;
import se.tjanstekatalog.annualreport.domain.AnnualReport.PlanSwitch;
import se.tjanstekatalog.annualreport.domain.AnnualReport.Text;
import se.tjanstekatalog.annualreport.domain.AnnualReport.TransferMade;
import se.tjanstekatalog.annualreport.domain.KeyFigures;
import se.tjanstekatalog.annualreport.domain.ModelCosts;
import se.tjanstekatalog.annualreport.domain.PoolRecovery;
import se.tjanstekatalog.annualreport.domain.PriceChange;
import se.tjanstekatalog.annualreport.domain.VolumeChange;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Block;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Heading;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Image;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Paragraph;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Row;
import se.tjanstekatalog.annualreport.control.ReportBlocks.Table;
import se.tjanstekatalog.devplan.domain.DevelopmentPlan;
import se.tjanstekatalog.devplan.domain.Initiative;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The årsberättelse as document blocks in Swedish: title and coverage, then the whole (text,
 * cost under both models against the previous year, the cost chart, nyckeltal with the
 * groups' medians and their chart, recovery per area, the model plan's switches and the
 * budgetväxling), then one section per service area (text, costs, recovery, volumes, catalogue
 * changes, price changes, decided proposals). The utvecklingsplan's follow-up (issue 18 part 3,
 * {@link AnnualReport#DEVELOPMENT_PLAN_SECTION}) comes after the whole: its totals against the
 * frame, each initiative's budget, booked cost, latest status and benefits, and the statuses
 * counted per quarter.
 */
public final class AnnualReportLayout {
  private static final String K = "annual.";

  private AnnualReportLayout() {}

  /** The title line: "Årsberättelse 2026". */
  public static String title(AnnualReport r) {
    return msg("title.year", r.year());
  }

  /** What the figures cover: the whole year, the months so far (preliminary), or nothing. */
  public static String coverage(AnnualReport r) {
    if (r.empty()) {
      return msg("coverage.none", r.year());
    }
    return r.preliminary() ? msg("coverage.preliminary", SwedishFormat.month(r.through()))
        : msg("coverage.full", r.year());
  }

  /** The blocks, charts included. */
  public static List<Block> blocks(AnnualReport r) {
    List<Block> out = new ArrayList<>();
    out.add(new Heading(0, title(r)));
    out.add(new Paragraph(coverage(r), r.preliminary()));
    whole(out, r);
    developmentPlan(out, r.year(), r.developmentPlan());
    for (AreaSection a : r.areas()) {
      area(out, r, a);
    }
    return out;
  }

  private static void whole(List<Block> out, AnnualReport r) {
    AnnualReport.Whole w = r.whole();
    out.add(new Heading(1, msg("whole.heading")));
    text(out, w.text());
    out.add(new Table(msg("costs.caption.whole"), List.of(msg("costs.model"),
        msg("costs.thisYear", r.year()), msg("costs.previousYear", r.year() - 1),
        msg("costs.change")), List.of(
            costRow("CHARGEBACK", w.costs().chargeback(), w.previousCosts().chargeback()),
            costRow("ALLOCATION", w.costs().allocation(), w.previousCosts().allocation()),
            costRow("BINDING", w.costs().binding(), w.previousCosts().binding())), 1));
    AnnualCharts.costByArea(r).ifPresent(png -> out.add(new Image(
        msg("chart.costByArea", r.year()), png, AnnualCharts.WIDTH, AnnualCharts.HEIGHT)));

    out.add(new Heading(2, msg("keyFigures.heading")));
    out.add(new Paragraph(msg("keyFigures.explain"), true));
    out.add(keyFigureTable(w.keyFigures()));
    AnnualCharts.perEmployee(r).ifPresent(png -> out.add(new Image(
        msg("chart.perEmployee", r.year()), png, AnnualCharts.WIDTH, AnnualCharts.HEIGHT)));

    out.add(new Heading(2, msg("recovery.heading")));
    table(out, msg("recovery.caption"), recoveryHeaders(),
        w.pools().stream().map(AnnualReportLayout::poolRow).toList(), 1);

    out.add(new Heading(2, msg("switches.heading")));
    List<Row> switches = new ArrayList<>();
    for (PlanSwitch s : w.switches()) {
      switches.add(Row.of(s.areaName(), SwedishFormat.month(s.from()),
          msg("model." + s.model()), s.note()));
    }
    table(out, msg("switches.caption"), List.of(msg("column.area"), msg("column.from"),
        msg("column.model"), msg("column.note")), switches, 4);

    out.add(new Heading(2, msg("transfers.heading")));
    List<Row> transfers = new ArrayList<>();
    for (TransferMade t : w.transfers()) {
      transfers.add(Row.of(t.areaName(), SwedishFormat.month(t.switchMonth()),
          SwedishFormat.month(t.referenceFrom()) + " – " + SwedishFormat.month(t.referenceTo()),
          kr(t.transferred()), kr(t.poolCost())));
    }
    table(out, msg("transfers.caption"), List.of(msg("column.area"), msg("column.switch"),
        msg("column.reference"), msg("column.transferred"), msg("column.poolCost")),
        transfers, 3);
  }

  private static void developmentPlan(List<Block> out, int year, DevelopmentPlan p) {
    out.add(new Heading(1, Messages.sv("devplan.section.heading")));
    if (p == null) {
      out.add(new Paragraph(Messages.sv("devplan.section.none"), true));
      return;
    }
    out.add(new Paragraph(Messages.sv("devplan.decision") + ": " + p.decision(), false));
    out.add(new Table(Messages.sv("devplan.section.totals", String.valueOf(year)),
        List.of("", Messages.sv("devplan.column.amount")), List.of(
            dp("devplan.requested", p.requested()), dp("devplan.frame", p.frame()),
            Row.bold(Messages.sv("devplan.budget"), kr(p.budget())),
            dp("devplan.frameLeft", p.frameLeft()), dp("devplan.manual", p.manual()),
            dp("devplan.billed", p.billed()),
            Row.bold(Messages.sv("devplan.booked"), kr(p.booked())),
            dp("devplan.left", p.left()), dp("devplan.expectedKr", p.expectedKr()),
            dp("devplan.realisedKr", p.realisedKr())), 1));
    List<Row> rows = new ArrayList<>();
    List<Row> statuses = new ArrayList<>();
    for (Initiative i : p.initiatives()) {
      rows.add(Row.of(i.name(), kr(i.budgetIn(year)), kr(i.bookedIn(year)), kr(i.leftIn(year)),
          kr(i.expectedKr()), kr(i.realisedKr())));
      Initiative.Status s = i.latest();
      statuses.add(Row.of(i.name(), s == null ? Messages.sv("devplan.notReported")
          : s.quarter().label() + ": " + Messages.sv(s.status().messageKey()) + " – "
              + s.text()));
    }
    rows.add(Row.bold(Messages.sv("devplan.sum"), kr(p.budget()), kr(p.booked()),
        kr(p.left()), kr(p.expectedKr()), kr(p.realisedKr())));
    out.add(new Table(Messages.sv("devplan.section.initiatives"), List.of(
        Messages.sv("devplan.column.initiative"), Messages.sv("devplan.budget"),
        Messages.sv("devplan.booked"), Messages.sv("devplan.left"),
        Messages.sv("devplan.expectedKr"), Messages.sv("devplan.realisedKr")), rows, 1));
    out.add(new Table(Messages.sv("devplan.section.latest"), List.of(
        Messages.sv("devplan.column.initiative"), Messages.sv("devplan.column.latestStatus")),
        statuses, 2));
    List<String> headers = new ArrayList<>();
    headers.add(Messages.sv("devplan.column.quarter"));
    for (InitiativeStatus s : InitiativeStatus.values()) {
      headers.add(Messages.sv(s.messageKey()));
    }
    headers.add(Messages.sv("devplan.notReported"));
    List<Row> quarters = new ArrayList<>();
    for (DevelopmentPlan.QuarterFollowUp q : p.followUp()) {
      List<String> cells = new ArrayList<>();
      cells.add(q.quarter().label());
      for (InitiativeStatus s : InitiativeStatus.values()) {
        cells.add(String.valueOf(q.count(s)));
      }
      cells.add(String.valueOf(q.notReported()));
      quarters.add(new Row(cells, false));
    }
    out.add(new Table(Messages.sv("devplan.section.quarters"), headers, quarters, 1));
  }

  private static Row dp(String key, Amount a) {
    return Row.of(Messages.sv(key), kr(a));
  }

  private static void area(List<Block> out, AnnualReport r, AreaSection a) {
    out.add(new Heading(1, a.name()));
    text(out, a.text());
    out.add(new Table(msg("costs.caption.area", a.name()), List.of(msg("costs.model"),
        msg("costs.thisYear", r.year())), List.of(
            Row.of(msg("model.CHARGEBACK"), kr(a.costs().chargeback())),
            Row.of(msg("model.ALLOCATION"), kr(a.costs().allocation())),
            Row.bold(msg("model.BINDING"), kr(a.costs().binding()))), 1));
    if (!a.pools().isEmpty()) {
      out.add(new Table(msg("recovery.caption.area", a.name()), recoveryHeaders(),
          a.pools().stream().map(AnnualReportLayout::poolRow).toList(), 1));
    }

    out.add(new Heading(2, msg("volumes.heading")));
    List<Row> volumes = new ArrayList<>();
    for (VolumeChange v : a.volumes()) {
      volumes.add(Row.of(v.serviceName(), Messages.sv("unit." + v.unit()),
          SwedishFormat.decimal(v.previous(), 2), SwedishFormat.decimal(v.current(), 2),
          SwedishFormat.percent(v.changePercent()), kr(v.cost())));
    }
    table(out, msg("volumes.caption", a.name()), List.of(msg("column.service"),
        msg("column.unit"), msg("column.previous", r.year() - 1),
        msg("column.current", r.year()), msg("column.change"), msg("column.chargebackCost")),
        volumes, 2);

    out.add(new Heading(2, msg("catalogueChanges.heading")));
    List<Row> changes = new ArrayList<>();
    for (CatalogueChange c : a.catalogueChanges()) {
      changes.add(Row.of(msg("change." + c.kind().name()), c.serviceName(), c.levelName(),
          SwedishFormat.month(c.month())));
    }
    table(out, msg("catalogueChanges.caption", a.name()), List.of(msg("column.change.kind"),
        msg("column.service"), msg("column.level"), msg("column.month")), changes, 4);

    List<Row> prices = new ArrayList<>();
    for (PriceChange p : a.priceChanges()) {
      prices.add(Row.of(p.serviceName(), p.levelName(), kr(p.before()), kr(p.after()),
          SwedishFormat.percent(p.changePercent())));
    }
    table(out, msg("prices.caption", a.name()), List.of(msg("column.service"),
        msg("column.level"), msg("column.priceBefore"), msg("column.priceAfter"),
        msg("column.change")), prices, 2);

    List<Row> proposals = new ArrayList<>();
    for (DecidedProposal p : a.proposals()) {
      proposals.add(Row.of(Messages.sv("proposal.kind." + p.kind()), p.title(),
          SwedishFormat.month(p.effective()), p.decidedBy()));
    }
    table(out, msg("proposals.caption", a.name()), List.of(msg("column.change.kind"),
        msg("column.title"), msg("column.effective"), msg("column.decidedBy")), proposals, 4);
  }

  private static Table keyFigureTable(KeyFigures k) {
    List<Row> rows = new ArrayList<>();
    group(rows, k.administrations(), k.administrationMedian(), "ADMINISTRATION");
    group(rows, k.companies(), k.companyMedian(), "COMPANY");
    return new Table(msg("keyFigures.caption"), List.of(msg("column.org"),
        msg("column.headcount"), msg("column.turnover"), msg("column.bindingCost"),
        msg("column.perEmployee"), msg("column.perMsek")), rows, 1);
  }

  private static void group(List<Row> rows, List<KeyFigures.OrgFigure> orgs,
      KeyFigures.Median median, String kind) {
    if (orgs.isEmpty()) {
      return;
    }
    for (KeyFigures.OrgFigure o : orgs) {
      rows.add(Row.of(o.name() + " (" + o.code() + ")", SwedishFormat.decimal(o.headcount(), 1),
          SwedishFormat.decimal(o.turnoverMsek(), 1), kr(o.cost()), kr(o.perEmployee()),
          kr(o.perMsek())));
    }
    rows.add(Row.bold(msg("keyFigures.median." + kind), "", "", "", kr(median.perEmployee()),
        kr(median.perMsek())));
  }

  private static List<String> recoveryHeaders() {
    return List.of(msg("column.pool"), msg("column.poolCost"), msg("column.revenue"),
        msg("column.recovery"), msg("column.surplus"));
  }

  private static Row poolRow(PoolRecovery p) {
    return Row.of(p.name(), kr(p.cost()), kr(p.revenue()),
        SwedishFormat.percent(p.recoveryPercent()), kr(p.surplus()));
  }

  private static Row costRow(String model, Amount now, Amount before) {
    BigDecimal change = before.isZero() ? null
        : se.tjanstekatalog.shared.Percent.change(before.value(), now.value());
    List<String> cells = List.of(msg("model." + model), kr(now), kr(before),
        SwedishFormat.percent(change));
    return new Row(cells, "BINDING".equals(model));
  }

  /** The IT organisation's three texts, each under its label; a note when none is written. */
  private static void text(List<Block> out, Text t) {
    if (t.blank()) {
      out.add(new Paragraph(msg("text.none"), true));
      return;
    }
    textPart(out, "text.events", t.events());
    textPart(out, "text.efficiencies", t.efficiencies());
    textPart(out, "text.nextSteps", t.nextSteps());
  }

  private static void textPart(List<Block> out, String key, String text) {
    if (!text.isBlank()) {
      out.add(new Heading(3, msg(key)));
      for (String para : text.split("\\R\\s*\\R")) {
        out.add(new Paragraph(para.strip(), false));
      }
    }
  }

  /** A table, or a line saying there is nothing to show. */
  private static void table(List<Block> out, String caption, List<String> headers,
      List<Row> rows, int firstNumeric) {
    if (rows.isEmpty()) {
      out.add(new Paragraph(caption + ": " + msg("none"), true));
    } else {
      out.add(new Table(caption, headers, rows, firstNumeric));
    }
  }

  private static String kr(Amount a) {
    return a == null ? "" : SwedishFormat.kronor(a.value());
  }

  /** A text of the bundle's {@code annual.*}; a year is an argument as text ("2026"). */
  static String msg(String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
    }
    return Messages.sv(K + key, texts);
  }
}
