package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

class AllocationTest {

  @Test
  void example1SplitsByHeadcountExactly() {
    Map<Long, Amount> parts = Allocation.split(Amount.of("1000000.00"), List.of(
        claim(1, "A", 300), claim(2, "B", 200), claim(3, "C", 500)));
    assertEquals(Amount.of("300000.00"), parts.get(1L));
    assertEquals(Amount.of("200000.00"), parts.get(2L));
    assertEquals(Amount.of("500000.00"), parts.get(3L));
  }

  @Test
  void example2GivesTheExtraOreToTheFirstCode() {
    Map<Long, Amount> parts = Allocation.split(Amount.of("100.00"), List.of(
        claim(7, "C", 1), claim(8, "A", 1), claim(9, "B", 1)));
    assertEquals(Amount.of("33.33"), parts.get(7L));
    assertEquals(Amount.of("33.34"), parts.get(8L));
    assertEquals(Amount.of("33.33"), parts.get(9L));
  }

  @Test
  void largestRemainderWinsBeforeCode() {
    // 10,00 over 1/2/4: exact 1,4285.. 2,8571.. 5,7142..; floors 1,42 + 2,85 + 5,71 = 9,98;
    // remainders 0,85 / 0,71 / 0,42 öre, so Z and Y get the two öre although X has the first code
    Map<Long, Amount> parts = Allocation.split(Amount.of("10.00"), List.of(
        claim(1, "Z", 1), claim(2, "Y", 2), claim(3, "X", 4)));
    assertEquals(Amount.of("1.43"), parts.get(1L));
    assertEquals(Amount.of("2.86"), parts.get(2L));
    assertEquals(Amount.of("5.71"), parts.get(3L));
  }

  @Test
  void zeroKeyGetsNothingAndACreditIsSplitToo() {
    Map<Long, Amount> parts = Allocation.split(Amount.of("-100.00"), List.of(
        claim(1, "A", 1), claim(2, "B", 0), claim(3, "C", 2)));
    assertEquals(Amount.of("-33.33"), parts.get(1L));
    assertEquals(Amount.of("0.00"), parts.get(2L));
    assertEquals(Amount.of("-66.67"), parts.get(3L));
  }

  @Test
  void keysSummingToZeroAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Allocation.split(Amount.of("10"),
        List.of(claim(1, "A", 0), claim(2, "B", 0))));
  }

  static Claim claim(long id, String code, long key) {
    return new Claim(id, code, BigDecimal.valueOf(key));
  }
}
