package se.tjanstekatalog.catalogue.domain;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.catalogue.entity.CommitmentType;
import se.tjanstekatalog.catalogue.entity.Financing;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.catalogue.entity.PriceListStatus;
import se.tjanstekatalog.catalogue.entity.Unit;
import se.tjanstekatalog.shared.Amount;

/**
 * What a catalogue workbook says, row by row, once every cell has been read and checked
 * ({@link WorkbookRules}); each row keeps its row number for later problems. Texts are
 * stripped, and an empty cell is null.
 */
public record WorkbookContent(List<AreaRow> areas, List<ServiceRow> services,
    List<LevelRow> levels, List<CommitmentRow> commitments, PriceListRow priceList,
    List<PriceRow> prices) {

  public static final WorkbookContent EMPTY =
      new WorkbookContent(List.of(), List.of(), List.of(), List.of(), null, List.of());

  public record AreaRow(long row, String code, String name, String description,
      int sortOrder) {}

  public record ServiceRow(long row, String areaCode, String code, String name,
      String description, Unit unit, Financing financing, BigDecimal vatPercent,
      Lifecycle lifecycle, String ownerRole, String ownerContact) {}

  public record LevelRow(long row, String serviceCode, String code, String name,
      String description, int sortOrder, YearMonth activeFrom, YearMonth activeTo) {
    public String key() {
      return levelKey(serviceCode, code);
    }
  }

  /** A promise: a number for numeric types, else text; the label names FREE_TEXT ones. */
  public record CommitmentRow(long row, String serviceCode, String levelCode,
      CommitmentType type, String label, BigDecimal number, String text) {
    public String levelKey() {
      return WorkbookContent.levelKey(serviceCode, levelCode);
    }

    /** As {@code Commitment.rowKey()}: the type, or the label of a free promise. */
    public String rowKey() {
      return type == CommitmentType.FREE_TEXT ? "FREE_TEXT:" + label : type.name();
    }
  }

  /** The year's price list: January to December of {@code year}. */
  public record PriceListRow(long row, String name, Year year, BigDecimal markupPercent,
      PriceListStatus status) {
    public YearMonth from() {
      return year.atMonth(1);
    }

    public YearMonth to() {
      return year.atMonth(12);
    }
  }

  /** A level's price from a month; the charged price may be left out (it is computed). */
  public record PriceRow(long row, String serviceCode, String levelCode, YearMonth validFrom,
      Amount costPrice, Amount chargedPrice) {
    public String levelKey() {
      return WorkbookContent.levelKey(serviceCode, levelCode);
    }
  }

  /** A level as the workbook names it: service code and level code (null if either is). */
  public static String levelKey(String serviceCode, String levelCode) {
    return serviceCode == null || levelCode == null ? null : serviceCode + " / " + levelCode;
  }
}
