package se.tjanstekatalog.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx file through POI's event (SAX) API, which streams rows instead
 * of building the workbook in memory. Numbers come out plain ({@code 1234.5}) and dates as
 * ISO dates ({@code 2026-03-31}) whatever the cell's display format. A file POI cannot read
 * (not a workbook, damaged, or a zip bomb POI refuses) is an {@link UnreadableFile} with a
 * Swedish reason; POI's own message goes to the log only.
 */
final class XlsxReader {
  private static final Logger LOG = Logger.getLogger(XlsxReader.class.getName());

  private XlsxReader() {}

  static void read(Path path, TabularFile.RowHandler handler, LongConsumer progress)
      throws IOException {
    Rows rows = new Rows(handler, progress);
    parse(path, name -> rows, true);
    rows.finish(); // a workbook without sheets: no header either
  }

  /**
   * Every sheet of a workbook, in order, each to the handler {@code handlers} gives for its
   * name (null: the sheet is skipped). Small workbooks of several tables (the catalogue
   * workbook); failures as in {@link #read}.
   */
  static void readSheets(Path path, java.util.function.Function<String, TabularFile.RowHandler>
      handlers) throws IOException {
    parse(path, name -> {
      TabularFile.RowHandler handler = handlers.apply(name);
      return handler == null ? null : new Rows(handler, n -> { });
    }, false);
  }

  /**
   * Streams the sheets (the first only, or all) to the rows {@code rowsFor} gives for the
   * sheet's name (null skips it). A file POI cannot read becomes an {@link UnreadableFile};
   * a failure of a handler (the importer) passes unchanged.
   */
  private static void parse(Path path, java.util.function.Function<String, Rows> rowsFor,
      boolean firstOnly) throws IOException {
    Rows current = null;
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          current = rowsFor.apply(sheets.getSheetName());
          if (current != null) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, current,
                new PlainFormatter(), false));
            parser.parse(new InputSource(sheet));
            current.finish();
          }
        }
        if (firstOnly) {
          return;
        }
      }
    } catch (IOException | OpenXML4JException | SAXException
        | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
      if (current != null && current.failure != null) {
        throw current.failure; // the importer's own failure, not the file's
      }
      // POI's words (e.g. "Zip bomb detected! ... MIN_INFLATE_RATIO") stay in the log.
      LOG.info(() -> "Unreadable .xlsx file: " + e);
      throw new UnreadableFile(ImportProblem.of(0, "", "", "import.problem.xlsx"), e);
    }
  }

  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TabularFile.RowHandler handler;
    private final LongConsumer progress;
    private final List<String> cells = new ArrayList<>();
    boolean headerSeen;
    private long count;
    /** What the handler threw, so that it is not taken for a broken file. */
    RuntimeException failure;

    Rows(TabularFile.RowHandler handler, LongConsumer progress) {
      this.handler = handler;
      this.progress = progress;
    }

    /** A sheet without rows still tells the handler: an empty header. */
    void finish() {
      if (!headerSeen) {
        headerSeen = true;
        handler.header(new String[0]);
      }
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      String[] values = cells.stream().map(c -> c == null ? "" : c.strip()).toArray(String[]::new);
      try {
        if (!headerSeen) {
          handler.header(values);
          headerSeen = true;
        } else {
          handler.row(rowNum + 1L, values);
        }
        if (++count % 10_000 == 0) {
          progress.accept(count);
        }
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(cellReference).getCol();
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, formattedValue);
    }
  }

  /** Raw numbers and ISO dates instead of the cell's display format. */
  private static final class PlainFormatter extends DataFormatter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    PlainFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return ISO.format(DateUtil.getLocalDateTime(value).toLocalDate());
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      return formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
