package se.tjanstekatalog.catalogue.entity;

/**
 * DRAFT → IN_PREPARATION (bereds, with comments) → DECIDED or REJECTED (beslutas). Only a
 * DECIDED proposal changes the catalogue, from its effective month.
 */
public enum ProposalStatus {
  DRAFT,
  IN_PREPARATION,
  DECIDED,
  REJECTED;

  public boolean isClosed() {
    return this == DECIDED || this == REJECTED;
  }

  public String messageKey() {
    return "proposal.status." + name();
  }
}
