package se.tjanstekatalog.catalogue.control;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.tjanstekatalog.catalogue.control.CatalogueView.CommitmentView;
import se.tjanstekatalog.catalogue.control.CatalogueView.LevelView;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.catalogue.control.PriceBook.Price;
import se.tjanstekatalog.catalogue.entity.Commitment;
import se.tjanstekatalog.catalogue.entity.Service;
import se.tjanstekatalog.catalogue.entity.ServiceLevel;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Builds the read-only {@link CatalogueView} for one month from entities: the levels offered
 * that month, and for each the price in force ({@link PriceBook}). The entities come loaded
 * with their levels and commitments, the prices read; building a view runs no query.
 */
final class CatalogueViews {
  private CatalogueViews() {}

  static ServiceView service(Service s, YearMonth month, Map<Long, Price> prices) {
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

  static LevelView level(ServiceLevel l, Price price) {
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
