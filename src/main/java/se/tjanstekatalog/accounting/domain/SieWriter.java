package se.tjanstekatalog.accounting.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.tjanstekatalog.accounting.domain.SieDocument.ObjectRef;
import se.tjanstekatalog.accounting.domain.SieDocument.Trans;
import se.tjanstekatalog.accounting.domain.SieDocument.Voucher;
import se.tjanstekatalog.shared.Amount;

/**
 * Writes a SIE 4 (type 4, transactions) file: {@code #FLAGGA 0}, {@code #FORMAT PC8} (code page
 * 437), lines ending CRLF, strings quoted with backslash before a quote or backslash and control
 * characters dropped, amounts with a point and two decimals.
 */
public final class SieWriter {
  /** The file's charset: PC8 = IBM code page 437. */
  public static final Charset CP437 = Charset.forName("IBM437");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String EOL = "\r\n";

  private SieWriter() {}

  /** The file as bytes in code page 437; characters it lacks become '?'. */
  public static byte[] bytes(SieDocument doc) {
    CharsetEncoder encoder = CP437.newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .onMalformedInput(CodingErrorAction.REPLACE)
        .replaceWith(new byte[] {'?'});
    try {
      ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text(doc)));
      byte[] out = new byte[buffer.remaining()];
      buffer.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file as text, before encoding. */
  public static String text(SieDocument doc) {
    StringBuilder b = new StringBuilder();
    line(b, "#FLAGGA 0");
    line(b, "#FORMAT PC8");
    line(b, "#SIETYP 4");
    line(b, "#PROGRAM " + quote(doc.program()) + " " + quote(doc.programVersion()));
    line(b, "#GEN " + DATE.format(doc.generated()) + " " + quote(doc.generatedBy()));
    line(b, "#FNAMN " + quote(doc.companyName()));
    line(b, "#RAR 0 " + doc.fiscalYear() + "0101 " + doc.fiscalYear() + "1231");
    line(b, "#VALUTA SEK");

    Set<String> accounts = new TreeSet<>();
    Set<Integer> dimensions = new TreeSet<>();
    Set<ObjectRef> objects = new LinkedHashSet<>();
    for (Voucher v : doc.vouchers()) {
      for (Trans t : v.transactions()) {
        accounts.add(t.account());
        for (ObjectRef o : t.objects()) {
          dimensions.add(o.dimension());
          objects.add(o);
        }
      }
    }
    for (String account : accounts) {
      line(b, "#KONTO " + account + " " + quote(doc.accountNames().getOrDefault(account, account)));
    }
    for (Integer dim : dimensions) {
      line(b, "#DIM " + dim + " " + quote(doc.dimensionNames().getOrDefault(dim, "Dim " + dim)));
    }
    TreeMap<String, ObjectRef> sorted = new TreeMap<>();
    objects.forEach(o -> sorted.put(String.format("%06d|%s", o.dimension(), o.code()), o));
    for (ObjectRef o : sorted.values()) {
      line(b, "#OBJEKT " + o.dimension() + " " + quote(o.code()) + " "
          + quote(doc.objectNames().getOrDefault(o, o.code())));
    }
    for (Voucher v : doc.vouchers()) {
      line(b, "#VER " + quote(v.series()) + " \"\" " + DATE.format(v.date()) + " "
          + quote(v.text()));
      line(b, "{");
      for (Trans t : v.transactions()) {
        StringBuilder objs = new StringBuilder();
        for (ObjectRef o : t.objects()) {
          if (!objs.isEmpty()) {
            objs.append(' ');
          }
          objs.append(o.dimension()).append(' ').append(quote(o.code()));
        }
        line(b, "   #TRANS " + t.account() + " {" + objs + "} " + amount(t.amount().value()));
      }
      line(b, "}");
    }
    return b.toString();
  }

  /** A SIE string: quoted, backslash before '"' and '\', control characters removed. */
  public static String quote(String value) {
    StringBuilder b = new StringBuilder("\"");
    String s = value == null ? "" : value;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 32 || ch == 127) {
        continue;
      }
      if (ch == '"' || ch == '\\') {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.append('"').toString();
  }

  /** An amount with a point and exactly two decimals; more than öre precision is refused. */
  public static String amount(BigDecimal value) {
    return Amount.exact(value).value().toPlainString();
  }

  private static void line(StringBuilder b, String text) {
    b.append(text).append(EOL);
  }
}
