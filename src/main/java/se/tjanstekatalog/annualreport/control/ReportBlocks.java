package se.tjanstekatalog.annualreport.control;

import java.util.Arrays;
import java.util.List;

/**
 * A document as the årsberättelse's PDF and Word writers both take it: headings, paragraphs,
 * tables and images in order, texts already made. One layout ({@link AnnualReportLayout}), two
 * writers, so the two files always carry the same sections, tables and charts.
 */
public final class ReportBlocks {
  private ReportBlocks() {}

  /** One piece of the document. */
  public sealed interface Block permits Heading, Paragraph, Table, Image {}

  /** A heading: level 0 is the title, 1 a section, 2 a subsection. */
  public record Heading(int level, String text) implements Block {}

  /** Body text; {@code note} for a remark set apart (italic). */
  public record Paragraph(String text, boolean note) implements Block {}

  /**
   * A table with its caption and column headers; columns from {@code firstNumeric} on are
   * figures (right-aligned). A row marked {@code bold} is a total or a median.
   */
  public record Table(String caption, List<String> headers, List<Row> rows, int firstNumeric)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  /** A table row. */
  public record Row(List<String> cells, boolean bold) {
    public Row {
      cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    /** A row of cells; a null cell is empty. */
    public static Row of(String... cells) {
      return new Row(Arrays.asList(cells), false);
    }

    /** A total's or a median's row. */
    public static Row bold(String... cells) {
      return new Row(Arrays.asList(cells), true);
    }
  }

  /** A chart as a PNG with its size in points and its title as alternative text. */
  public record Image(String title, byte[] png, int width, int height) implements Block {}
}
