package se.tjanstekatalog.shared;

/** A message argument that is itself a bundle key, resolved in the reader's language. */
public record MessageRef(String key) {}
