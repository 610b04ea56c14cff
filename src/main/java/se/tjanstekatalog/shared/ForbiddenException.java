package se.tjanstekatalog.shared;

/** The caller may not see or do this (another org's data, say): REST 403. */
public class ForbiddenException extends TkException {
  public ForbiddenException(String key, Object... args) {
    super(key, args);
  }
}
