package se.tjanstekatalog.organisation.entity;

/**
 * A förvaltning is part of the municipality (internal transfers, no VAT); a bolag is a
 * separate legal entity (invoiced with VAT).
 */
public enum OrgKind {
  ADMINISTRATION,
  COMPANY;

  public String messageKey() {
    return "orgKind." + name();
  }
}
