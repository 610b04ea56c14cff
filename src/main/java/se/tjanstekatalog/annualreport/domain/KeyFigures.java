package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import se.tjanstekatalog.dashboard.domain.RatioStats;
import se.tjanstekatalog.shared.Amount;

/**
 * Nyckeltal per org under the binding model: IT cost per employee and per MSEK omslutning, with
 * the medians of förvaltningar and of bolag (the dashboard's ratio and median rules: a missing
 * key value leaves the org out of the median, an even count takes the mean of the middle two).
 */
public record KeyFigures(List<OrgFigure> administrations, List<OrgFigure> companies,
    Median administrationMedian, Median companyMedian) implements Serializable {

  public KeyFigures {
    administrations = List.copyOf(administrations);
    companies = List.copyOf(companies);
  }

  public static final KeyFigures NONE = of(List.of());

  /** One org's year: average headcount, turnover in MSEK, binding cost and its two ratios. */
  public record OrgFigure(String code, String name, boolean company, BigDecimal headcount,
      BigDecimal turnoverMsek, Amount cost, Amount perEmployee, Amount perMsek)
      implements Serializable {}

  /** A group's medians (null when no org of the group has the ratio). */
  public record Median(int orgs, Amount perEmployee, Amount perMsek) implements Serializable {}

  /** Splits the orgs into förvaltningar and bolag, each group with its medians. */
  public static KeyFigures of(List<OrgFigure> orgs) {
    List<OrgFigure> admins = orgs.stream().filter(o -> !o.company()).toList();
    List<OrgFigure> companies = orgs.stream().filter(OrgFigure::company).toList();
    return new KeyFigures(admins, companies, median(admins), median(companies));
  }

  public List<OrgFigure> all() {
    return java.util.stream.Stream.concat(administrations.stream(), companies.stream()).toList();
  }

  private static Median median(List<OrgFigure> group) {
    return new Median(group.size(), stat(group, OrgFigure::perEmployee),
        stat(group, OrgFigure::perMsek));
  }

  private static Amount stat(List<OrgFigure> group, Function<OrgFigure, Amount> ratio) {
    return RatioStats.of(group.stream().map(ratio).toList()).median();
  }
}
