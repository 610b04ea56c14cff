package se.tjanstekatalog.shared.imports;

/**
 * Who brings what: the import's kind and channel, the source a re-import replaces by, the
 * file name and its SHA-256, the user (or feed) and an optional idempotency key.
 */
public record ImportSource(ImportKind kind, ImportChannel channel, String source,
    String fileName, String checksum, String importedBy, String idempotencyKey) {

  public ImportSource {
    source = source == null || source.isBlank() ? fileName : source.strip();
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("an import needs a source or a file name");
    }
    if (source.length() > 200) {
      source = source.substring(0, 200);
    }
  }

  /** The same import, recorded as made by this user or feed. */
  public ImportSource by(String who) {
    return new ImportSource(kind, channel, source, fileName, checksum, who, idempotencyKey);
  }
}
