package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
  private static final ExportFormat SV = ExportFormat.of(SwedishFormat.SWEDISH);
  private static final ExportFormat EN = ExportFormat.of(ExportFormat.ENGLISH);

  @Test
  void swedishIsSwedishFormatAndEnglishWhatAnEnglishReaderExpects() {
    BigDecimal v = new BigDecimal("-1234567.5");
    assertEquals(SwedishFormat.kronor(v), SV.kronor(v));
    assertEquals(SwedishFormat.kronor(v), SV.amount(v));
    assertEquals("SEK\u00a0-1,234,567.50", EN.kronor(v));
    assertEquals("-1,234,567.50", EN.amount(v));
    assertEquals(SwedishFormat.decimal(new BigDecimal("8412.5"), 4),
        SV.decimal(new BigDecimal("8412.5"), 4));
    assertEquals("8,412.5", EN.decimal(new BigDecimal("8412.50"), 4));
    assertEquals(SwedishFormat.percent(new BigDecimal("-9.7")),
        SV.percent(new BigDecimal("-9.7")));
    assertEquals("-9.7%", EN.percent(new BigDecimal("-9.66")));
    assertEquals("1,25\u00a0%", SV.percent(new BigDecimal("1.2500"), 2));
    assertEquals("1.25%", EN.percent(new BigDecimal("1.2500"), 2));
    assertEquals("2026-11", EN.month(YearMonth.of(2026, 11)));
    for (ExportFormat f : new ExportFormat[] {SV, EN}) {
      assertEquals("", f.kronor((BigDecimal) null));
      assertEquals("", f.amount((BigDecimal) null));
      assertEquals("", f.kronor((Amount) null));
      assertEquals("", f.amount((Amount) null));
      assertEquals("", f.decimal(null, 2));
      assertEquals("", f.percent(null));
      assertEquals("", f.percent(null, 2));
    }
  }

  @Test
  void theLanguageParameterIsSvEnOrNothing() {
    assertEquals(SwedishFormat.SWEDISH, ExportFormat.language(null));
    assertEquals(SwedishFormat.SWEDISH, ExportFormat.language(" "));
    assertEquals(SwedishFormat.SWEDISH, ExportFormat.language("sv"));
    assertEquals(ExportFormat.ENGLISH, ExportFormat.language("EN"));
    RuleViolationException e = assertThrows(RuleViolationException.class,
        () -> ExportFormat.language("de"));
    assertEquals("Språk: ”de” finns inte; välj sv eller en.",
        e.violations().get(0).message(SwedishFormat.SWEDISH));
    assertSame(EN, ExportFormat.of(Locale.US));
    assertSame(SV, ExportFormat.of(Locale.GERMAN));
    assertSame(SV, ExportFormat.of(null));
    assertEquals("sv-SE", SV.languageTag());
    assertEquals("en-GB", EN.languageTag());
  }

  @Test
  void englishIsFoundEvenWhereTheDefaultLocaleIsSwedish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(SwedishFormat.SWEDISH);
      assertEquals("Monthly statement 2026-11",
          Messages.get(ExportFormat.ENGLISH, "export.statement.title", "2026-11"));
      assertEquals("Månadsbesked 2026-11", Messages.sv("export.statement.title", "2026-11"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aKeyEnglishLacksComesFromSwedishAndAnUnknownKeyIsItself() {
    // Faces' own texts are overridden in Swedish only; English has Faces' built-in ones.
    assertEquals("Namn: ett värde krävs.", Messages.get(ExportFormat.ENGLISH,
        "jakarta.faces.component.UIInput.REQUIRED", "Namn"));
    assertEquals("no.such.key", Messages.get(ExportFormat.ENGLISH, "no.such.key"));
    assertEquals("no.such.key", Messages.sv("no.such.key"));
  }
}
