package se.tjanstekatalog.accounting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.accounting.SieReader;
import se.tjanstekatalog.accounting.domain.AccountingJournal.OrgCharge;
import se.tjanstekatalog.accounting.domain.SieDocument.ObjectRef;
import se.tjanstekatalog.accounting.domain.SieDocument.Trans;
import se.tjanstekatalog.accounting.domain.SieDocument.Voucher;
import se.tjanstekatalog.shared.Amount;

class SieWriterTest {
  private static final AccountingRules PER_ORG = new AccountingRules("5470",
      "Interna IT-tjänster", "3590", "Övriga intäkter, IT", 1, 20, "I", true,
      "Exempelkommunen \"Södra\" å/ä/ö", "2611", new BigDecimal("25.00"));

  private static List<OrgCharge> charges() {
    return List.of(
        new OrgCharge("GSF", "Grundskoleförvaltningen", "1100", "0011",
            Amount.of("12345.67")),
        new OrgCharge("MILJO", "Miljöförvaltningen", "1200", "0012", Amount.of("0.00")),
        new OrgCharge("OFF", "Överförmyndarförvaltningen", "1300", "0013",
            Amount.of("99.33")));
  }

  private static SieDocument doc(AccountingRules rules) {
    return AccountingJournal.build(rules, YearMonth.of(2026, 10), charges(),
        "Tjänstekatalogen", "1.0", LocalDate.of(2026, 11, 5), "it");
  }

  @Test
  void headerAndOneBalancedVoucherPerOrg() {
    SieReader r = SieReader.read(SieWriter.bytes(doc(PER_ORG)));
    assertEquals(List.of("0"), r.rows("#FLAGGA").get(0).fields());
    assertEquals(List.of("PC8"), r.rows("#FORMAT").get(0).fields());
    assertEquals(List.of("4"), r.rows("#SIETYP").get(0).fields());
    assertEquals(List.of("Tjänstekatalogen", "1.0"), r.rows("#PROGRAM").get(0).fields());
    assertEquals(List.of("20261105", "it"), r.rows("#GEN").get(0).fields());
    assertEquals(List.of("0", "20260101", "20261231"), r.rows("#RAR").get(0).fields());
    assertEquals(2, r.vers.size(), "no voucher for an org with 0,00");
    for (SieReader.Ver v : r.vers) {
      assertEquals(0, v.sum().signum(), v.text());
      assertEquals("I", v.series());
      assertEquals("20261031", v.date());
    }
    SieReader.Trans debit = r.vers.get(0).trans().get(0);
    assertEquals("5470", debit.account());
    assertEquals(List.of("1", "1100", "20", "0011"), debit.objects());
    assertEquals(new BigDecimal("12345.67"), debit.amount());
    assertEquals(new BigDecimal("-12345.67"), r.vers.get(0).trans().get(1).amount());
    assertEquals("3590", r.vers.get(0).trans().get(1).account());
  }

  @Test
  void onePeriodVoucherBalances() {
    AccountingRules perPeriod = new AccountingRules("5470", "x", "3590", "y", 1, 20, "I",
        false, "K", "2611", new BigDecimal("25"));
    SieReader r = SieReader.read(SieWriter.bytes(doc(perPeriod)));
    assertEquals(1, r.vers.size());
    assertEquals(3, r.vers.get(0).trans().size());
    assertEquals(new BigDecimal("-12445.00"), r.vers.get(0).trans().get(2).amount());
    assertEquals(0, r.vers.get(0).sum().signum());
  }

  @Test
  void amountsHaveAPointAndTwoDecimals() {
    String text = SieWriter.text(doc(PER_ORG));
    assertTrue(text.contains("#TRANS 5470 {1 \"1100\" 20 \"0011\"} 12345.67\r\n"), text);
    assertTrue(text.contains("#TRANS 3590 {} -99.33\r\n"), text);
    assertEquals("5.00", SieWriter.amount(new BigDecimal("5")));
  }

  @Test
  void onlyUsedAccountsDimensionsAndObjects() {
    SieReader r = SieReader.read(SieWriter.bytes(doc(PER_ORG)));
    assertEquals(List.of("3590", "5470"),
        r.rows("#KONTO").stream().map(x -> x.fields().get(0)).toList());
    assertEquals(List.of("1", "20"),
        r.rows("#DIM").stream().map(x -> x.fields().get(0)).toList());
    List<String> objects = r.rows("#OBJEKT").stream()
        .map(x -> x.fields().get(0) + ":" + x.fields().get(1)).toList();
    assertEquals(List.of("1:1100", "1:1300", "20:0011", "20:0013"), objects,
        "not the 0,00 org's objects");
  }

  @Test
  void swedishLettersSurviveCodePage437AndQuotesAreEscaped() {
    byte[] bytes = SieWriter.bytes(doc(PER_ORG));
    // å ä ö in code page 437: 0x86 0x84 0x94; Ö 0x99
    assertTrue(contains(bytes, (byte) 0x86) && contains(bytes, (byte) 0x84)
        && contains(bytes, (byte) 0x94) && contains(bytes, (byte) 0x99));
    SieReader r = SieReader.read(bytes);
    assertEquals("Exempelkommunen \"Södra\" å/ä/ö", r.rows("#FNAMN").get(0).fields().get(0));
    assertEquals("IT-tjänster 2026-10 Överförmyndarförvaltningen", r.vers.get(1).text());
    assertEquals("\"a\\\"b\\\\c\"", SieWriter.quote("a\"b\\c\n"));
  }

  @Test
  void anUnbalancedVoucherIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Voucher("I",
        LocalDate.of(2026, 1, 31), "x", List.of(new Trans("5470",
            List.of(new ObjectRef(1, "1")), Amount.of("1.00")))));
  }

  @Test
  void invoiceBasisVatPerLineHalfUp() {
    InvoiceBasis basis = new InvoiceBasis("BOSTAD", "Bostads AB", "K", YearMonth.of(2026, 10),
        List.of(new InvoiceBasis.Line("A", BigDecimal.ONE, new BigDecimal("10.02"),
                Amount.of("10.02"), new BigDecimal("25.00")),
            new InvoiceBasis.Line("B", null, null, Amount.of("100.00"),
                new BigDecimal("6.00"))));
    assertEquals(Amount.of("2.51"), basis.lines().get(0).vat(), "2,505 rounds up");
    assertEquals(Amount.of("110.02"), basis.totalExVat());
    assertEquals(Amount.of("8.51"), basis.totalVat());
    assertEquals(Amount.of("118.53"), basis.totalIncVat());
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }
}
