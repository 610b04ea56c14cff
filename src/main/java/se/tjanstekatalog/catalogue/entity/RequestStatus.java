package se.tjanstekatalog.catalogue.entity;

/** A level change request waits for IT_CONTROLLER, who accepts it or rejects it with a reason. */
public enum RequestStatus {
  PENDING,
  ACCEPTED,
  REJECTED;

  public String messageKey() {
    return "request.status." + name();
  }
}
