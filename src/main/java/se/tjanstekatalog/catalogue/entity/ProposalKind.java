package se.tjanstekatalog.catalogue.entity;

/** What a förändringsförslag proposes. */
public enum ProposalKind {
  NEW_SERVICE,
  NEW_LEVEL,
  PRICE_CHANGE,
  RETIREMENT;

  public String messageKey() {
    return "proposal.kind." + name();
  }
}
