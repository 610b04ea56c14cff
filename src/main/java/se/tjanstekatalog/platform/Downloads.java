package se.tjanstekatalog.platform;

import jakarta.ws.rs.core.Response;

/** A REST response that is a file to save: its bytes, type and name for the browser. */
public final class Downloads {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  /** An Excel workbook saved as {@code fileName} (plain ASCII). */
  public static Response xlsx(byte[] bytes, String fileName) {
    return Response.ok(bytes, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
