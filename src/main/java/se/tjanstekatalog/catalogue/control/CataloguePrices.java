package se.tjanstekatalog.catalogue.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * A service's charged prices as the catalogue list says them, from the prices its view already
 * carries (no query): "255,00 kr per användare och månad" when every priced level costs the
 * same, "från 255,00 kr per användare och månad" when they differ, and "Pris saknas" when no
 * price list covers the month (or lists none of its levels). {@link #levels} gives each priced
 * level's own price for the detail line.
 */
public final class CataloguePrices {
  private CataloguePrices() {}

  /** The one-line price of a service in the shown month. */
  public static String summary(ServiceView service) {
    List<Amount> prices = service.levels().stream().map(LevelView::chargedPrice)
        .filter(Objects::nonNull).toList();
    if (prices.isEmpty()) {
      return Messages.sv("catalogue.price.missing");
    }
    Amount lowest = prices.stream().min(Comparator.naturalOrder()).orElseThrow();
    boolean same = prices.stream().allMatch(p -> p.compareTo(lowest) == 0);
    return Messages.sv(same ? "catalogue.price.one" : "catalogue.price.from",
        SwedishFormat.kronor(lowest.value()), unit(service));
  }

  /**
   * Each priced level's price ("Bas: 255,00 kr"), in the levels' order; empty when the service
   * has one level or all levels cost the same (the summary says it all then).
   */
  public static List<String> levels(ServiceView service) {
    List<String> out = new ArrayList<>();
    long distinct = service.levels().stream().map(LevelView::chargedPrice)
        .filter(Objects::nonNull).map(Amount::value).map(v -> v.stripTrailingZeros())
        .distinct().count();
    if (distinct < 2) {
      return out;
    }
    for (LevelView level : service.levels()) {
      String price = level.chargedPrice() == null ? Messages.sv("catalogue.price.missing")
          : SwedishFormat.kronor(level.chargedPrice().value());
      out.add(Messages.sv("catalogue.price.level", level.name(), price));
    }
    return out;
  }

  private static String unit(ServiceView service) {
    return Messages.sv("catalogue.price.unit." + service.unit());
  }
}
