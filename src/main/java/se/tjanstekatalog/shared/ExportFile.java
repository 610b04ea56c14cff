package se.tjanstekatalog.shared;

/** A made export file: its bytes, its name for the download, and how long it took to make. */
public record ExportFile(byte[] bytes, String fileName, long millis) {}
