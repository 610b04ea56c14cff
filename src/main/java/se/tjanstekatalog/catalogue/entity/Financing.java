package se.tjanstekatalog.catalogue.entity;

/**
 * POOLED services are part of a pool under solidarisk fördelning (and charged by consumption
 * under internfakturering); ALWAYS_CHARGED ones are billed to the consuming org whatever the
 * model (development hours, consulting, org-specific licences).
 */
public enum Financing {
  POOLED,
  ALWAYS_CHARGED;

  public String messageKey() {
    return "financing." + name();
  }
}
