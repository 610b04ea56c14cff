package se.tjanstekatalog.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.shared.Amount;

class ReviewLineModelTest {

  private static CommentThreads.ReviewLine line(String model, String source) {
    return new CommentThreads.ReviewLine("k", model, "Arbetsplats", "Datorarbetsplats",
        "Standard", null, source, new BigDecimal("282"), new BigDecimal("255.00"),
        Amount.of("71910.00"), null);
  }

  @Test
  void aPerUnitLineUnderSolidariskFordelningSaysItIsChargedPerUnit() {
    assertEquals("model.ALLOCATION.perUnit", line("ALLOCATION", "CONSUMPTION").modelKey());
    assertEquals("model.ALLOCATION.perUnit", line("ALLOCATION", "SUBSCRIPTION").modelKey());
  }

  @Test
  void aPoolShareAndChargebackKeepTheirModelsName() {
    assertEquals("model.ALLOCATION", line("ALLOCATION", "POOL").modelKey());
    assertEquals("model.CHARGEBACK", line("CHARGEBACK", "CONSUMPTION").modelKey());
  }
}
