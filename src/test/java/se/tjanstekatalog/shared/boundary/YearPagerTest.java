package se.tjanstekatalog.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Year;
import org.junit.jupiter.api.Test;

class YearPagerTest {

  /** A stand-in for a view-scoped bean: counts its loads. */
  static final class Page implements Serializable {
    private static final long serialVersionUID = 1L;
    int loads;
    final YearPager years = new YearPager(this::load);

    void load() {
      loads++;
    }
  }

  @Test
  void startsAtThisYear() {
    assertEquals(Year.now().getValue(), new Page().years.getYear());
  }

  @Test
  void eachStepMovesOneYearAndLoadsThePageOnce() {
    Page page = new Page();
    page.years.setYear(2026);
    assertEquals(0, page.loads, "a year from the address loads when the page renders");

    page.years.previous();
    assertEquals(2025, page.years.getYear());
    assertEquals(1, page.loads);
    page.years.next();
    page.years.next();
    assertEquals(2027, page.years.getYear());
    assertEquals(3, page.loads);
  }

  @Test
  void aYearFromTheAddressIsRememberedAsGiven() {
    Page page = new Page();
    page.years.setGiven(null);
    assertEquals(false, page.years.wasGiven(), "no ?year=: the page picks its default");
    assertEquals(null, page.years.getGiven());
    page.years.setGiven(2029);
    assertEquals(true, page.years.wasGiven());
    assertEquals(2029, page.years.getYear());
    assertEquals(2029, page.years.getGiven());
    assertEquals(0, page.loads, "loads when the page renders");
  }

  @Test
  void travelsWithItsViewWhenTheSessionIsSerialised() throws Exception {
    Page page = new Page();
    page.years.setYear(2026);
    Page copy = roundTrip(page);
    copy.years.next();
    assertEquals(2027, copy.years.getYear());
    assertEquals(1, copy.loads, "the copy's step loads the copy");
    assertEquals(0, page.loads);
  }

  private static Page roundTrip(Page page) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(page);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Page) in.readObject();
    }
  }
}
