package se.tjanstekatalog.shared;

/** Someone else changed the same thing first (optimistic lock; REST 409). */
public class ConflictException extends TkException {
  public ConflictException(Throwable cause, String key, Object... args) {
    super(cause, key, args);
  }

  public ConflictException(String key, Object... args) {
    super(key, args);
  }
}
