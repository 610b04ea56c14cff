package se.tjanstekatalog.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Per service, month by month over a year: the volume (Σ quantity of its internfakturering
 * lines: consumption, or the chosen levels of a fixed monthly service) and the cost per unit
 * (Σ amount ÷ Σ quantity, HALF_UP to öre, over all its levels), with the year's sums and how
 * volume and cost per unit moved from the first to the last month with volume.
 */
public record ServiceTrend(long serviceId, String code, String name, String areaName,
    String unit, List<Month> months) implements Serializable {

  public ServiceTrend {
    months = List.copyOf(months);
  }

  /** One service's chargeback lines of one month, summed: the input. */
  public record Volume(long serviceId, String code, String name, String areaName, String unit,
      YearMonth period, BigDecimal quantity, Amount amount) {
    public Volume {
      Objects.requireNonNull(period, "period");
    }
  }

  /** A month of a service; {@code volume} and {@code cost} are null when it has no lines. */
  public record Month(YearMonth period, BigDecimal volume, Amount cost) implements Serializable {
    /** Cost ÷ volume to öre; null without volume. */
    public Amount costPerUnit() {
      return perUnit(cost, volume);
    }

    public boolean hasVolume() {
      return volume != null && volume.signum() > 0;
    }
  }

  /** Every service with lines in the year, by area and name, each with its twelve months. */
  public static List<ServiceTrend> of(int year, List<Volume> volumes) {
    Map<Long, Volume> services = new LinkedHashMap<>();
    Map<Long, Map<YearMonth, Volume>> byService = new LinkedHashMap<>();
    for (Volume v : volumes) {
      if (v.period().getYear() != year) {
        continue;
      }
      services.putIfAbsent(v.serviceId(), v);
      byService.computeIfAbsent(v.serviceId(), id -> new LinkedHashMap<>())
          .merge(v.period(), v, (a, b) -> new Volume(a.serviceId(), a.code(), a.name(),
              a.areaName(), a.unit(), a.period(), add(a.quantity(), b.quantity()),
              zero(a.amount()).plus(zero(b.amount()))));
    }
    Collator swedish = Collator.getInstance(SwedishFormat.SWEDISH);
    List<ServiceTrend> result = new ArrayList<>();
    services.values().forEach(s -> {
      List<Month> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        Volume v = byService.get(s.serviceId()).get(YearMonth.of(year, m));
        months.add(v == null ? new Month(YearMonth.of(year, m), null, null)
            : new Month(v.period(), zero(v.quantity()), zero(v.amount())));
      }
      result.add(new ServiceTrend(s.serviceId(), s.code(), s.name(), s.areaName(), s.unit(),
          months));
    });
    result.sort(Comparator.comparing(ServiceTrend::areaName, swedish)
        .thenComparing(ServiceTrend::name, swedish).thenComparing(ServiceTrend::code));
    return result;
  }

  /** Σ volume of the year. */
  public BigDecimal volume() {
    return months.stream().map(Month::volume).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Σ cost of the year. */
  public Amount cost() {
    return months.stream().map(Month::cost).filter(Objects::nonNull)
        .reduce(Amount.ZERO, Amount::plus);
  }

  /** The year's cost ÷ the year's volume; null without volume. */
  public Amount costPerUnit() {
    return perUnit(cost(), volume());
  }

  /** The first month with volume, or null. */
  public Month first() {
    return months.stream().filter(Month::hasVolume).findFirst().orElse(null);
  }

  /** The last month with volume, or null. */
  public Month last() {
    List<Month> with = months.stream().filter(Month::hasVolume).toList();
    return with.isEmpty() ? null : with.get(with.size() - 1);
  }

  /** Volume of the last month with volume against the first, percent; null if fewer than two. */
  public BigDecimal volumeChangePercent() {
    Month first = first();
    Month last = last();
    return first == null || first == last ? null
        : Percent.change(first.volume(), last.volume());
  }

  /** Cost per unit of the last month with volume against the first, percent. */
  public BigDecimal costPerUnitChangePercent() {
    Month first = first();
    Month last = last();
    return first == null || first == last ? null
        : Percent.change(first.costPerUnit().value(), last.costPerUnit().value());
  }

  /** The message key of the service's unit, e.g. {@code unit.PER_USER}. */
  public String unitKey() {
    return "unit." + unit;
  }

  static Amount perUnit(Amount cost, BigDecimal volume) {
    return cost == null || volume == null || volume.signum() == 0 ? null
        : Amount.quotient(cost.value(), volume);
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return zero(a).add(zero(b));
  }

  private static BigDecimal zero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  private static Amount zero(Amount v) {
    return v == null ? Amount.ZERO : v;
  }
}
