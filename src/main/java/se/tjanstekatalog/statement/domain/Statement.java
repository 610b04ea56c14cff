package se.tjanstekatalog.statement.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.ledger.domain.LineLabel;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * Månadsbesked: one org's result for one month as the org reads it. Plain values; every total is
 * a sum of the lines it shows, so the page, the PDF, the Excel, the CSV and the JSON agree.
 *
 * <ul>
 *   <li><b>Binding lines</b> (skarpt): the lines of the model the plan names for each area;
 *       quantity-based lines (consumption, subscriptions) grouped by service area, and pooled
 *       lines (the org's share of a pool by its key).
 *   <li><b>Adjustments</b> booked in this month (corrections of lines of earlier, locked
 *       months): part of what the org pays this month.
 *   <li><b>Binding total</b> = binding lines + adjustments. <b>Shadow total</b> (skugga) = the
 *       org's non-binding lines. <b>Difference</b> = binding lines − shadow (adjustments left out:
 *       they belong to other months), in kr and in percent of the shadow, one decimal, as
 *       {@code ResultQueries.Totals}.
 *   <li><b>Later corrections</b>: adjustments of this month's lines booked in later months, shown
 *       as a note and not in this month's totals.
 *   <li><b>VAT</b> (bolag only): per line amount × rate / 100, HALF_UP to öre (the service's VAT
 *       rate, else the accounting settings' default rate, which adjustments use too).
 *   <li><b>Change</b> against the previous month and the same month last year, split in {@link
 *       Effects}.
 * </ul>
 */
public record Statement(String orgCode, String orgName, boolean company, YearMonth month,
    String status, List<Line> lines, List<Adjustment> adjustments,
    List<LaterCorrection> laterCorrections, BigDecimal defaultVatRate, Effects vsPreviousMonth,
    Effects vsLastYear) implements Serializable {
  public Statement {
    lines = List.copyOf(lines);
    adjustments = List.copyOf(adjustments);
    laterCorrections = List.copyOf(laterCorrections);
  }

  /** The sources of a result line. */
  public static final String POOL = "POOL";

  /** Decimals of an org's share of a pool in percent. */
  static final int SHARE_SCALE = 4;

  /**
   * A stored result line. {@code key} is the line's identity across months (LineKey); pooled
   * lines carry the pool's key name and cost of the month; {@code vatRate} is the service's
   * (null for pooled lines).
   */
  public record Line(String key, String model, boolean binding, String areaCode,
      String areaName, String serviceName, String levelName, String poolCode, String poolName,
      String poolKey, Amount poolCost, String source, BigDecimal quantity,
      BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, Amount amount,
      BigDecimal vatRate) implements Serializable {

    public boolean pooled() {
      return POOL.equals(source);
    }

    /** The org's share of the pool in percent, four decimals; null when not pooled. */
    public BigDecimal sharePercent() {
      return Percent.of(keyValue, keyTotal, SHARE_SCALE);
    }

    /** What the line is, as a person reads it: area / service / level, or area / pool. */
    public String label() {
      return LineLabel.of(areaName, serviceName, levelName, poolName);
    }
  }

  /** A correction booked in this month of a line of an earlier, locked month. */
  public record Adjustment(YearMonth originalMonth, String areaName, String originalLabel,
      Amount originalAmount, Amount amount, String reason) implements Serializable {}

  /** A correction of one of this month's lines, booked in a later month: a note only. */
  public record LaterCorrection(YearMonth bookedIn, String originalLabel,
      Amount originalAmount, Amount amount, String reason) implements Serializable {}

  /** The binding quantity-based lines of one service area and their subtotal. */
  public record AreaGroup(String areaCode, String areaName, List<Line> lines) {
    public Amount total() {
      return sum(lines.stream().map(Line::amount).toList());
    }
  }

  /** VAT of a bolag's statement: what it pays excluding VAT, the VAT and including VAT. */
  public record Vat(Amount excludingVat, Amount vat, Amount includingVat) {}

  /** Binding quantity-based lines grouped by area, in the order the lines come. */
  public List<AreaGroup> areaGroups() {
    Map<String, List<Line>> groups = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.binding() && !l.pooled()) {
        groups.computeIfAbsent(l.areaCode(), a -> new ArrayList<>()).add(l);
        names.putIfAbsent(l.areaCode(), l.areaName());
      }
    }
    List<AreaGroup> out = new ArrayList<>();
    groups.forEach((code, ls) -> out.add(new AreaGroup(code, names.get(code), List.copyOf(ls))));
    return out;
  }

  /** Binding pooled lines (the org's shares of pools). */
  public List<Line> pooledLines() {
    return lines.stream().filter(l -> l.binding() && l.pooled()).toList();
  }

  /** The org's non-binding lines (the other model, for comparison only). */
  public List<Line> shadowLines() {
    return lines.stream().filter(l -> !l.binding()).toList();
  }

  public Amount pooledTotal() {
    return sum(pooledLines().stream().map(Line::amount).toList());
  }

  /** Σ binding lines (quantity-based and pooled), without adjustments. */
  public Amount bindingLinesTotal() {
    return sum(lines.stream().filter(Line::binding).map(Line::amount).toList());
  }

  public Amount adjustmentsTotal() {
    return sum(adjustments.stream().map(Adjustment::amount).toList());
  }

  /** What the org pays for the month: binding lines + adjustments booked in it. */
  public Amount bindingTotal() {
    return bindingLinesTotal().plus(adjustmentsTotal());
  }

  public Amount shadowTotal() {
    return sum(shadowLines().stream().map(Line::amount).toList());
  }

  /** Binding lines − shadow (adjustments excluded: they correct other months). */
  public Amount difference() {
    return bindingLinesTotal().minus(shadowTotal());
  }

  /** The difference in percent of the shadow total, one decimal; null when shadow is 0. */
  public BigDecimal differencePercent() {
    return Percent.of(difference().value(), shadowTotal().value());
  }

  public Amount laterCorrectionsTotal() {
    return sum(laterCorrections.stream().map(LaterCorrection::amount).toList());
  }

  /** The VAT block of a bolag; null for a förvaltning. */
  public Vat vat() {
    if (!company) {
      return null;
    }
    Amount vat = Amount.ZERO;
    for (Line l : lines) {
      if (l.binding()) {
        vat = vat.plus(l.amount().vat(l.vatRate() == null ? defaultVatRate : l.vatRate()));
      }
    }
    for (Adjustment a : adjustments) {
      vat = vat.plus(a.amount().vat(defaultVatRate));
    }
    Amount ex = bindingTotal();
    return new Vat(ex, vat, ex.plus(vat));
  }

  /** The sum of the amounts (each already öre, so nothing rounds). */
  static Amount sum(List<Amount> values) {
    return values.stream().reduce(Amount.ZERO, Amount::plus);
  }
}
