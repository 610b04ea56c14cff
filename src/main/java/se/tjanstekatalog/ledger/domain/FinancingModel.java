package se.tjanstekatalog.ledger.domain;

/** The two ways of charging: internfakturering (buy/sell) and solidarisk fördelning (pool). */
public enum FinancingModel {
  CHARGEBACK,
  ALLOCATION;

  public FinancingModel other() {
    return this == CHARGEBACK ? ALLOCATION : CHARGEBACK;
  }

  public String messageKey() {
    return "model." + name();
  }
}
