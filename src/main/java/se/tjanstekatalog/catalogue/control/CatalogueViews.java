package se.tjanstekatalog.catalogue.control;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.catalogue.entity.CatalogueRepository.LevelPrice;
import se.tjanstekatalog.catalogue.entity.Commitment;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Builds the read-only {@link CatalogueView} for one month from entities: the levels offered
 * that month, and for each the price in force (the newest line of the covering price list
 * that starts on or before the month). The entities come loaded with their levels and
 * commitments; building a view runs no query.
 */
final class CatalogueViews {
  private CatalogueViews() {}

  /** The price line in force for each level in {@code month}, from the covering list. */
  static Map<Long, PriceListLine> pricesIn(Optional<PriceList> list, YearMonth month) {
    Map<Long, PriceListLine> byLevel = new HashMap<>();
    list.ifPresent(l -> l.getLines().stream()
        .filter(line -> !line.getValidFrom().isAfter(month))
        .sorted(Comparator.comparing(PriceListLine::getValidFrom))
        .forEach(line -> byLevel.put(line.getLevel().getId(), line)));
    return byLevel;
  }

  static ServiceView service(Service s, YearMonth month, Map<Long, LevelPrice> prices) {
    List<LevelView> levels = s.getLevels().stream()
        .filter(l -> l.isOfferedIn(month))
        .map(l -> level(l, prices.get(l.getId())))
        .toList();
    return new ServiceView(s.getCode(), s.getName(), s.getArea().getCode(), s.getArea().getName(),
        s.getDescription(), s.getOwnerRole(), s.getOwnerContact(), s.getLifecycle().name(),
        Messages.sv(s.getLifecycle().messageKey()), s.getFinancing().name(),
        Messages.sv(s.getFinancing().messageKey()), s.getUnit().name(),
        Messages.sv(s.getUnit().messageKey()), s.getVatRate(), levels);
  }

  static LevelView level(ServiceLevel l, LevelPrice price) {
    List<CommitmentView> commitments = l.getCommitments().stream()
        .map(CatalogueViews::commitment).toList();
    return new LevelView(l.getCode(), l.getName(), l.getDescription(), commitments,
        price == null ? null : price.costPrice(),
        price == null ? null : price.chargedPrice());
  }

  static CommitmentView commitment(Commitment c) {
    String label = c.getLabel() != null && !c.getLabel().isBlank() ? c.getLabel()
        : Messages.sv(c.getType().messageKey());
    return new CommitmentView(c.rowKey(), label, display(c));
  }

  /** "99,5 %", "4 h", "90 dagar", or the text. */
  static String display(Commitment c) {
    if (c.getType().isNumeric() && c.getNumericValue() != null) {
      String number = SwedishFormat.decimal(c.getNumericValue(), 2);
      return c.getType().getUnit() == null ? number : number + "\u00a0" + c.getType().getUnit();
    }
    return c.getTextValue() == null ? "" : c.getTextValue();
  }
}
