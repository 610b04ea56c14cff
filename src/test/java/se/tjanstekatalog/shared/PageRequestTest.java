package se.tjanstekatalog.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void missingValuesTakeTheFirstPageOfTheDefaultSize() {
    PageRequest p = PageRequest.of(null, null);
    assertEquals(1, p.page());
    assertEquals(PageRequest.DEFAULT_SIZE, p.size());
    assertEquals(0, p.offset());
  }

  @Test
  void valuesOutOfBoundsAreClampedNotRefused() {
    assertEquals(PageRequest.MAX_SIZE, PageRequest.of(1, 1_000_000).size());
    assertEquals(1, PageRequest.of(1, 0).size());
    assertEquals(1, PageRequest.of(-3, 10).page());
  }

  @Test
  void theOffsetOfALatePageDoesNotOverflow() {
    assertEquals(2_147_483_646_000L, PageRequest.of(Integer.MAX_VALUE, 1000).offset());
  }

  @Test
  void linksNameFirstAndLastAndTheNeighboursThatExist() {
    assertEquals(Map.of("first", 1, "next", 2, "last", 3), PageRequest.of(1, 10).links(25));
    assertEquals(Map.of("first", 1, "prev", 1, "next", 3, "last", 3),
        PageRequest.of(2, 10).links(25));
    assertEquals(Map.of("first", 1, "prev", 2, "last", 3), PageRequest.of(3, 10).links(30));
    assertEquals(Map.of("first", 1, "last", 1), PageRequest.of(1, 10).links(0));
  }

  @Test
  void aPageBeyondTheEndPointsBackToTheLastPage() {
    assertEquals(Map.of("first", 1, "prev", 3, "last", 3), PageRequest.of(9, 10).links(30));
  }

  @Test
  void aSliceIsThePageOfTheListOrEmptyBeyondIt() {
    List<Integer> all = List.of(1, 2, 3, 4, 5);
    assertEquals(List.of(3, 4), new PageRequest(2, 2).slice(all));
    assertEquals(List.of(5), new PageRequest(3, 2).slice(all));
    assertEquals(List.of(), new PageRequest(4, 2).slice(all));
  }
}
