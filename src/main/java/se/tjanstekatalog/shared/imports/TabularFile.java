package se.tjanstekatalog.shared.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of rows with a header: CSV (separator {@code ;} or {@code ,}, UTF-8 with or without
 * BOM or Windows-1252, detected) through Commons CSV, or .xlsx (first sheet) through POI's
 * streaming reader. Rows are pushed to a {@link RowHandler} one at a time, so a file of a
 * million rows never sits in memory.
 */
public final class TabularFile implements RowSource {
  /** Receives the header and then every data row, with its row number in the file (1 = header). */
  public interface RowHandler {
    void header(String[] names);

    void row(long rowNo, String[] cells);
  }

  public enum Format { CSV, XLSX }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  private final Path path;
  private final Format format;
  private final Charset charset;
  private final boolean bom;
  private final char delimiter;

  private TabularFile(Path path, Format format, Charset charset, boolean bom, char delimiter) {
    this.path = path;
    this.format = format;
    this.charset = charset;
    this.bom = bom;
    this.delimiter = delimiter;
  }

  /** Looks at the file's first bytes (ZIP means .xlsx), its encoding and its separator. */
  public static TabularFile open(Path path) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, 4);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return new TabularFile(path, Format.XLSX, UTF_8, false, ';');
    }
    boolean bom = n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF;
    Charset charset = bom || isUtf8(path) ? UTF_8 : WINDOWS_1252;
    return new TabularFile(path, Format.CSV, charset, bom, detectDelimiter(path, charset, bom));
  }

  public Format format() {
    return format;
  }

  /** The detected encoding, as users know it (UTF-8, Windows-1252), or "xlsx". */
  @Override
  public String encodingLabel() {
    if (format == Format.XLSX) {
      return "xlsx";
    }
    return charset == UTF_8 ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "Windows-1252";
  }

  @Override
  public String delimiterLabel() {
    return format == Format.XLSX ? "" : delimiter == ';' ? "semikolon" : "komma";
  }

  public long size() throws IOException {
    return Files.size(path);
  }

  /**
   * Reads every row. {@code bytesRead} is told now and then how far into the file the reader
   * is, for a progress bar.
   */
  @Override
  public void read(RowHandler handler, LongConsumer bytesRead) throws IOException {
    if (format == Format.XLSX) {
      XlsxReader.read(path, handler, bytesRead);
    } else {
      readCsv(handler, bytesRead);
    }
  }

  /**
   * Commons CSV through {@link CheckedCsvReader}, which stops a field or row beyond its limits
   * and names the row and column of a broken quote. Anything the reader or the parser refuses
   * becomes an {@link UnreadableFile} with a Swedish reason; a failure of the handler (the
   * importer) passes unchanged.
   */
  private void readCsv(RowHandler handler, LongConsumer bytesRead) throws IOException {
    CSVFormat csv = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .get();
    String[] header = null;
    long rowNo = 0;
    try (CountingStream counting = new CountingStream(Files.newInputStream(path));
        Reader reader = new CheckedCsvReader(
            new InputStreamReader(skipBom(counting), charset), delimiter);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw unreadable(e.getCause(), rowNo + 1);
        }
        rowNo++;
        String[] cells = record.values();
        if (isBlank(cells)) {
          continue;
        }
        if (header == null) {
          handler.header(cells);
          header = cells;
        } else {
          handler.row(rowNo, cells);
        }
        if ((rowNo & 0x3fff) == 0) {
          bytesRead.accept(counting.count);
        }
      }
      if (header == null) {
        handler.header(new String[0]);
      }
      bytesRead.accept(counting.count);
    } catch (CheckedCsvReader.Stop e) {
      throw unreadable(e, rowNo + 1);
    }
  }

  /** What the reader or the parser refused, as a problem in the file's own terms. */
  private static UnreadableFile unreadable(IOException e, long nextRow) {
    if (e instanceof CheckedCsvReader.Stop stop) {
      return new UnreadableFile(stop.problem(), e);
    }
    // Whatever else Commons CSV refuses (the reader foresees what it knows of): the row only.
    return new UnreadableFile(ImportProblem.of(nextRow, "", "", "import.problem.csvSyntax"), e);
  }

  private InputStream skipBom(InputStream in) throws IOException {
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    if (bom) {
      buffered.skipNBytes(3);
    }
    return buffered;
  }

  /** Over the record's array: iterating a CSVRecord makes a list through a stream per row. */
  private static boolean isBlank(String[] cells) {
    for (String v : cells) {
      if (v != null && !v.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Strict UTF-8 decoding of the whole file: any malformed byte means it is not UTF-8. */
  static boolean isUtf8(Path path) throws IOException {
    CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (var channel = Files.newByteChannel(path)) {
      while (true) {
        int read = channel.read(in);
        in.flip();
        var result = decoder.decode(in, out, read < 0);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
        if (read < 0) {
          return !decoder.flush(out).isError();
        }
      }
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The separator that occurs more often (outside quotes) in the first non-empty line. */
  static char detectDelimiter(Path path, Charset charset, boolean bom) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      if (bom) {
        in.skipNBytes(3);
      }
      byte[] head = in.readNBytes(8192);
      String text = new String(head, charset);
      int semicolons = 0;
      int commas = 0;
      boolean quoted = false;
      boolean content = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          if (content) {
            break;
          }
        } else if (!quoted && c == ';') {
          semicolons++;
        } else if (!quoted && c == ',') {
          commas++;
        }
        content |= !Character.isWhitespace(c);
      }
      return commas > semicolons ? ',' : ';';
    }
  }

  /**
   * Every sheet of an .xlsx workbook, each to the handler {@code handlers} gives for the
   * sheet's name (null skips the sheet); an unreadable workbook is an {@link UnreadableFile}.
   */
  public static void readSheets(Path xlsx,
      java.util.function.Function<String, RowHandler> handlers) throws IOException {
    XlsxReader.readSheets(xlsx, handlers);
  }

  /** Lower case, accents kept, spaces and punctuation removed: "Ambitions-nivå " → "ambitionsnivå". */
  public static String normaliseHeader(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(name.length());
    for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
