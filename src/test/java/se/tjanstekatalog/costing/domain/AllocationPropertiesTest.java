package se.tjanstekatalog.costing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The split's promises for random pools and keys, not only for the worked examples. */
class AllocationPropertiesTest {

  @Property(tries = 500)
  void partsAlwaysSumToThePool(@ForAll("pools") BigDecimal pool,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 100_000) Integer> keys) {
    Assume.that(keys.stream().anyMatch(k -> k > 0));
    Map<Long, BigDecimal> parts = Allocation.split(pool, claims(keys));
    assertEquals(pool, parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    parts.values().forEach(p -> assertEquals(2, p.scale()));
  }

  @Property(tries = 500)
  void partsAreNeverNegativeAndZeroKeysGetZero(@ForAll("pools") BigDecimal pool,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 100_000) Integer> keys) {
    Assume.that(keys.stream().anyMatch(k -> k > 0));
    Map<Long, BigDecimal> parts = Allocation.split(pool, claims(keys));
    for (int i = 0; i < keys.size(); i++) {
      BigDecimal part = parts.get((long) i);
      assertTrue(part.signum() >= 0, "negative part " + part);
      if (keys.get(i) == 0) {
        assertEquals(0, part.signum());
      }
    }
  }

  @Property(tries = 500)
  void aLargerKeyNeverGetsLess(@ForAll("pools") BigDecimal pool,
      @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 100_000) Integer> keys) {
    Assume.that(keys.stream().anyMatch(k -> k > 0));
    Map<Long, BigDecimal> parts = Allocation.split(pool, claims(keys));
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j++) {
        if (keys.get(i) > keys.get(j)) {
          assertTrue(parts.get((long) i).compareTo(parts.get((long) j)) >= 0,
              "key " + keys.get(i) + " got " + parts.get((long) i) + " but key " + keys.get(j)
                  + " got " + parts.get((long) j));
        }
      }
    }
  }

  @Property(tries = 300)
  void raisingOnesKeyNeverLowersOnesPart(@ForAll("pools") BigDecimal pool,
      @ForAll @Size(min = 2, max = 20) List<@IntRange(min = 1, max = 10_000) Integer> keys,
      @ForAll @IntRange(min = 1, max = 10_000) int raise) {
    BigDecimal before = Allocation.split(pool, claims(keys)).get(0L);
    List<Integer> raised = new ArrayList<>(keys);
    raised.set(0, keys.get(0) + raise);
    BigDecimal after = Allocation.split(pool, claims(raised)).get(0L);
    assertTrue(after.compareTo(before) >= 0, before + " → " + after);
  }

  @Provide
  Arbitrary<BigDecimal> pools() {
    return Arbitraries.longs().between(0, 100_000_000_000L)
        .map(ore -> BigDecimal.valueOf(ore, 2));
  }

  private static List<Claim> claims(List<Integer> keys) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      // codes not in id order, so ties are decided by code, not by position
      claims.add(new Claim(i, String.format("K%03d", (i * 7) % 1000), BigDecimal.valueOf(keys.get(i))));
    }
    return claims;
  }
}
