package se.tjanstekatalog.shared;

/** The thing asked for does not exist (REST 404). */
public class NotFoundException extends TkException {
  public NotFoundException(String key, Object... args) {
    super(key, args);
  }
}
