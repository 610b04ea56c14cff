package se.tjanstekatalog.accounting;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** A small SIE 4 reader for the tests: tokenises every line and collects the vouchers. */
public final class SieReader {
  /** A parsed line: its label (e.g. #TRANS) and its fields; {...} lists are one field. */
  public record Row(String label, List<String> fields) {}

  public record Trans(String account, List<String> objects, BigDecimal amount) {}

  public record Ver(String series, String date, String text, List<Trans> trans) {
    public BigDecimal sum() {
      return trans.stream().map(Trans::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public final List<Row> rows = new ArrayList<>();
  public final List<Ver> vers = new ArrayList<>();

  public static SieReader read(byte[] bytes) {
    return parse(new String(bytes, Charset.forName("IBM437")));
  }

  public static SieReader parse(String text) {
    SieReader r = new SieReader();
    Ver open = null;
    String[] lines = text.split("\r\n", -1);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("{")) {
        if (open == null) {
          throw new IllegalStateException("{ without #VER");
        }
        continue;
      }
      if (line.equals("}")) {
        open = null;
        continue;
      }
      List<String> tokens = tokens(line);
      Row row = new Row(tokens.get(0), tokens.subList(1, tokens.size()));
      r.rows.add(row);
      if (row.label().equals("#VER")) {
        open = new Ver(row.fields().get(0), row.fields().get(2), row.fields().get(3),
            new ArrayList<>());
        r.vers.add(open);
      } else if (row.label().equals("#TRANS")) {
        if (open == null) {
          throw new IllegalStateException("#TRANS outside a #VER");
        }
        String objs = row.fields().get(1);
        List<String> objects = tokens(objs.substring(1, objs.length() - 1));
        open.trans().add(new Trans(row.fields().get(0), objects,
            new BigDecimal(row.fields().get(2))));
      }
    }
    return r;
  }

  public List<Row> rows(String label) {
    return rows.stream().filter(x -> x.label().equals(label)).toList();
  }

  /** Splits on spaces; "quoted" strings unescaped; {…} kept whole (with the braces). */
  static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char ch = line.charAt(i);
      if (ch == ' ' || ch == '\t') {
        i++;
      } else if (ch == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (line.charAt(i) != '"') {
          if (line.charAt(i) == '\\') {
            i++;
          }
          b.append(line.charAt(i++));
        }
        i++;
        out.add(b.toString());
      } else if (ch == '{') {
        int end = line.indexOf('}', i);
        out.add(line.substring(i, end + 1));
        i = end + 1;
      } else {
        int start = i;
        while (i < line.length() && line.charAt(i) != ' ') {
          i++;
        }
        out.add(line.substring(start, i));
      }
    }
    return out;
  }
}
