package se.tjanstekatalog.catalogue.entity;

/** A draft list is being prepared; a published one is what users see for its months. */
public enum PriceListStatus {
  DRAFT,
  PUBLISHED;

  public String messageKey() {
    return "priceList.status." + name();
  }
}
