package se.tjanstekatalog.catalogue.control;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import se.tjanstekatalog.shared.Amount;

/**
 * The catalogue as valid in one month, as read-only values for pages, exports and the API:
 * each service with the levels offered that month, their promises and their prices from the
 * price list covering the month (null prices when no list covers it).
 */
public record CatalogueView(String municipality, YearMonth asOf, String priceListName,
    boolean priceListDraft, List<ServiceView> services) {

  /** One service. Labels are already in Swedish (unit, financing, lifecycle). */
  public record ServiceView(String code, String name, String areaCode, String areaName,
      String description, String ownerRole, String ownerContact, String lifecycle,
      String lifecycleLabel, String financing, String financingLabel, String unit,
      String unitLabel, java.math.BigDecimal vatPercent, List<LevelView> levels)
      implements Serializable {

    /** For pages: Jakarta EL 5 does not read record accessors. */
    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getAreaName() {
      return areaName;
    }

    public String getDescription() {
      return description;
    }

    public String getLifecycleLabel() {
      return lifecycleLabel;
    }

    public String getFinancingLabel() {
      return financingLabel;
    }

    public String getUnitLabel() {
      return unitLabel;
    }

    public String getOwnerRole() {
      return ownerRole;
    }

    public String getOwnerContact() {
      return ownerContact;
    }

    public List<LevelView> getLevels() {
      return levels;
    }

    /** The list's price text, e.g. "från 255,00 kr per enhet och månad" or "Pris saknas". */
    public String getPriceSummary() {
      return CataloguePrices.summary(this);
    }

    /** Each level's price when the levels' prices differ, else empty. */
    public List<String> getLevelPrices() {
      return CataloguePrices.levels(this);
    }
  }

  /** One level with its promises (in display order) and its prices for the month. */
  public record LevelView(String code, String name, String description,
      List<CommitmentView> commitments, Amount costPrice, Amount chargedPrice)
      implements Serializable {

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getDescription() {
      return description;
    }

    public List<CommitmentView> getCommitments() {
      return commitments;
    }

    public Amount getCostPrice() {
      return costPrice;
    }

    public Amount getChargedPrice() {
      return chargedPrice;
    }
  }

  /**
   * One promise: {@code rowKey} lines it up with the same promise of other levels, {@code
   * label} names it, {@code value} is the Swedish display text (e.g. "99,5 %").
   */
  public record CommitmentView(String rowKey, String label, String value) implements Serializable {}
}
