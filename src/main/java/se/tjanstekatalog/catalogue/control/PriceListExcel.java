package se.tjanstekatalog.catalogue.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.ExcelTable;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * A price list as an Excel workbook: its name, validity, markup and status above one row per
 * price line (service, level, from which month, unit, cost price and charged price in kronor),
 * in the page's order.
 */
public final class PriceListExcel {
  private PriceListExcel() {}

  /** What the list is: the lines above the table. */
  public record Header(String name, YearMonth validFrom, YearMonth validTo,
      BigDecimal markupPercent, String statusKey) {}

  /** One price line as the page shows it; {@code unitKey} is a bundle key. */
  public record Line(String serviceCode, String service, String level, YearMonth validFrom,
      String unitKey, Amount costPrice, Amount chargedPrice) {}

  /** The page's order: service name, then the level's order, then the month. */
  public static final Comparator<PriceListLine> PAGE_ORDER = Comparator
      .comparing((PriceListLine l) -> l.getLevel().getService().getName())
      .thenComparing(l -> l.getLevel().getSortOrder())
      .thenComparing(PriceListLine::getValidFrom);

  /** The .xlsx bytes of a stored list (its lines loaded). */
  public static byte[] render(PriceList list) {
    return render(new Header(list.getName(), list.getValidFrom(), list.getValidTo(),
        list.getMarkupPercent(), list.getStatus().messageKey()),
        list.getLines().stream().sorted(PAGE_ORDER).map(l -> new Line(
            l.getLevel().getService().getCode(), l.getLevel().getService().getName(),
            l.getLevel().getName(), l.getValidFrom(),
            l.getLevel().getService().getUnit().messageKey(), l.getCostPrice(),
            l.getChargedPrice())).toList());
  }

  /** The .xlsx bytes. */
  public static byte[] render(Header header, List<Line> lines) {
    ExcelTable table = new ExcelTable("priceList.export.sheet")
        .about("priceList.name", header.name())
        .about("priceList.validity", SwedishFormat.month(header.validFrom()) + " – "
            + SwedishFormat.month(header.validTo()))
        .about("priceList.markup", SwedishFormat.decimal(header.markupPercent(), 2))
        .about("priceList.status", Messages.sv(header.statusKey()))
        .text("catalogue.code", 16).text("catalogue.service", 36).text("catalogue.level", 20)
        .text("priceList.validFrom", 14).text("catalogue.unit", 14)
        .kronor("catalogue.costPrice", 18).kronor("catalogue.chargedPrice", 18);
    for (Line l : lines) {
      table.row(l.serviceCode(), l.service(), l.level(), SwedishFormat.month(l.validFrom()),
          Messages.sv(l.unitKey()), l.costPrice(), l.chargedPrice());
    }
    return ExcelTable.workbook("price list", List.of(table));
  }

  /** The file name, e.g. {@code prislista-2026-01-2026-12.xlsx}. */
  public static String fileName(PriceList list) {
    return "prislista-" + SwedishFormat.month(list.getValidFrom()) + "-"
        + SwedishFormat.month(list.getValidTo()) + ".xlsx";
  }
}
