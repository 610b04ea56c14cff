package se.tjanstekatalog.consumption.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;

/**
 * A feed's JSON body as rows for the consumption import: an array of flat objects
 * {@code {"period", "org", "service", "level", "quantity", "reference"}}. The header is those
 * field names (the importer knows them as aliases of its columns), so a problem names the
 * field the feed sent. <b>Row numbers are positions in the array, the first object being row
 * 1</b> (a CSV file's first data row is row 2, after its header).
 *
 * <p>Values may be strings, numbers or null (= empty); the importer checks them as it checks
 * a file's cells. The shape is checked by {@link #open}, before an import starts: anything
 * but an array of objects with these fields and scalar values is {@link Malformed}.
 *
 * <p>The body is read with a streaming parser from a file, so a large feed never sits in
 * memory as a tree.
 */
public final class JsonRows implements RowSource {
  public static final List<String> FIELDS =
      List.of("period", "org", "service", "level", "quantity", "reference");
  /** Bytes of one value (a string, a number): far above any code, name or reference. */
  static final int MAX_VALUE = 64 * 1024;

  private final Path path;

  /** A body that is not JSON, or not an array of flat objects with known fields. */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    Malformed(String key, Object... args) {
      super(key);
      this.key = key;
      this.args = args;
    }

    /** The message key ({@code feed.json.*}) with its arguments. */
    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  private JsonRows(Path path) {
    this.path = path;
  }

  /** Checks the whole body's shape once; {@link Malformed} if it is not as documented. */
  public static JsonRows open(Path path) throws IOException {
    JsonRows rows = new JsonRows(path);
    rows.read(new TabularFile.RowHandler() {
      @Override
      public void header(String[] names) {}

      @Override
      public void row(long rowNo, String[] cells) {}
    }, n -> {});
    return rows;
  }

  @Override
  public String encodingLabel() {
    return "JSON";
  }

  @Override
  public void read(TabularFile.RowHandler handler, LongConsumer progress) throws IOException {
    Limits limits = new Limits(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    try (InputStream in = limits;
        JsonParser parser = Json.createParser(in)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw new Malformed("feed.json.notArray");
      }
      handler.header(FIELDS.toArray(String[]::new));
      long rowNo = 0;
      while (true) {
        JsonParser.Event event = next(parser);
        if (event == JsonParser.Event.END_ARRAY) {
          break;
        }
        rowNo++;
        if (event != JsonParser.Event.START_OBJECT) {
          throw new Malformed("feed.json.notObject", rowNo);
        }
        handler.row(rowNo, object(parser, rowNo));
        if ((rowNo & 0x3fff) == 0) {
          progress.accept(parser.getLocation().getStreamOffset());
        }
      }
      if (parser.hasNext()) {
        // More after the array (Parsson already throws a parsing exception in hasNext).
        JsonLocation at = parser.getLocation();
        throw new Malformed("feed.json.syntax", at.getLineNumber(), at.getColumnNumber());
      }
      progress.accept(parser.getLocation().getStreamOffset());
    } catch (JsonException e) {
      if (limits.exceeded) {
        throw new Malformed("feed.json.tooLong", limits.element, MAX_VALUE);
      }
      if (e instanceof JsonParsingException p) {
        JsonLocation at = p.getLocation();
        throw new Malformed("feed.json.syntax", at == null ? -1 : at.getLineNumber(),
            at == null ? -1 : at.getColumnNumber());
      }
      // Not JSON text at all, e.g. bytes that are no Unicode encoding.
      throw new Malformed("feed.json.unreadable");
    }
  }

  /**
   * Bounds every value of the body before the parser sees it: Parsson collects a string or a
   * number whole, so one endless string would fill the memory. Counts bytes inside a string
   * (between unescaped quotes) and in a run of other characters outside strings (a number, a
   * literal); beyond {@link #MAX_VALUE} it stops reading. {@code element} is the object's
   * position in the top-level array, as rows are numbered. Works on the bytes of UTF-8 (the
   * encoding JSON between systems uses), where {@code "} and {@code \} never occur inside a
   * multi-byte character.
   */
  private static final class Limits extends FilterInputStream {
    boolean exceeded;
    long element;
    private boolean inString;
    private boolean escaped;
    private int depth;
    private int run;

    Limits(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        accept(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        accept(buffer[offset + i] & 0xff);
      }
      return n;
    }

    private void accept(int b) throws IOException {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
          run = 0;
          return;
        }
        count();
        return;
      }
      switch (b) {
        case '"' -> {
          inString = true;
          run = 0;
        }
        case '{', '[' -> {
          if (b == '{' && depth == 1) {
            element++;
          }
          depth++;
          run = 0;
        }
        case '}', ']' -> {
          depth--;
          run = 0;
        }
        case ',', ':', ' ', '\t', '\r', '\n' -> run = 0;
        default -> count();
      }
    }

    private void count() throws IOException {
      if (++run > MAX_VALUE) {
        exceeded = true;
        throw new IOException("JSON value longer than " + MAX_VALUE + " bytes");
      }
    }
  }

  /** One object's cells in {@link #FIELDS} order; the parser is just past its start. */
  private static String[] object(JsonParser parser, long rowNo) throws Malformed {
    String[] cells = new String[FIELDS.size()];
    while (true) {
      JsonParser.Event event = next(parser);
      if (event == JsonParser.Event.END_OBJECT) {
        return cells;
      }
      String field = parser.getString();
      int column = FIELDS.indexOf(field);
      if (column < 0) {
        throw new Malformed("feed.json.unknownField", rowNo, field, String.join(", ", FIELDS));
      }
      if (cells[column] != null) {
        throw new Malformed("feed.json.fieldTwice", rowNo, field);
      }
      cells[column] = switch (next(parser)) {
        // Trimmed, as the CSV reader trims its cells.
        case VALUE_STRING -> parser.getString().strip();
        case VALUE_NUMBER -> number(parser);
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "";
        default -> throw new Malformed("feed.json.notScalar", rowNo, field);
      };
    }
  }

  /**
   * The number without an exponent ({@code 1.5e3} becomes {@code 1500}; {@code 12.50} stays
   * {@code 12.50}); an absurd exponent stays as written, for the importer to refuse, rather
   * than becoming a string of a million digits.
   */
  private static String number(JsonParser parser) {
    BigDecimal n = parser.getBigDecimal();
    return Math.abs(n.scale()) <= 30 ? n.toPlainString() : parser.getString();
  }

  private static JsonParser.Event next(JsonParser parser) throws Malformed {
    if (!parser.hasNext()) {
      throw new Malformed("feed.json.truncated");
    }
    return parser.next();
  }
}
