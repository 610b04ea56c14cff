package se.tjanstekatalog.shared.imports;

/** How an import arrived. */
public enum ImportChannel {
  FILE,
  FOCUS,
  FEED,
  MANUAL;

  public String messageKey() {
    return "import.channel." + name();
  }
}
