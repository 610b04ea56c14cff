package se.tjanstekatalog.annualreport.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Percent;

/**
 * A service's volume over the report's months and over the same months of the previous year
 * (zero where it had none), with its internfakturering cost this year.
 */
public record VolumeChange(String serviceCode, String serviceName, String unit,
    BigDecimal previous, BigDecimal current, Amount cost) implements Serializable {
  public VolumeChange {
    previous = previous == null ? BigDecimal.ZERO : previous;
    current = current == null ? BigDecimal.ZERO : current;
    cost = cost == null ? Amount.ZERO : cost;
  }

  /** The change in volume. */
  public BigDecimal change() {
    return current.subtract(previous);
  }

  /** The change in percent of the previous year's volume, one decimal; null when that was 0. */
  public BigDecimal changePercent() {
    return Percent.change(previous, current);
  }

  /** One month's volume of a service (a ledger row): the input of {@link #compare}. */
  public record Volume(String serviceCode, String serviceName, String unit, BigDecimal quantity,
      Amount amount) {}

  /**
   * Each service's volume this year against the previous year, summed over the months given,
   * in the order the services first appear (this year's first, then those only in the previous
   * year).
   */
  public static List<VolumeChange> compare(List<Volume> current, List<Volume> previous) {
    Map<String, VolumeChange> out = new LinkedHashMap<>();
    for (Volume v : current) {
      out.merge(v.serviceCode(), new VolumeChange(v.serviceCode(), v.serviceName(), v.unit(),
          BigDecimal.ZERO, v.quantity(), v.amount()), VolumeChange::add);
    }
    for (Volume v : previous) {
      out.merge(v.serviceCode(), new VolumeChange(v.serviceCode(), v.serviceName(), v.unit(),
          v.quantity(), BigDecimal.ZERO, Amount.ZERO), VolumeChange::add);
    }
    return new ArrayList<>(out.values());
  }

  private VolumeChange add(VolumeChange o) {
    return new VolumeChange(serviceCode, serviceName, unit, previous.add(o.previous),
        current.add(o.current), cost.plus(o.cost));
  }
}
