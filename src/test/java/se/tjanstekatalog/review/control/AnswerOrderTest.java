package se.tjanstekatalog.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnswerOrderTest {

  private static Approvals.OrgReview org(String name, String state) {
    return new Approvals.OrgReview(1, name.substring(0, 3), name, state, null, null, 0);
  }

  @Test
  void notAnsweredFirstThenCommentedThenApprovedEachBySwedishName() {
    List<String> order = Stream.of(org("Östra bolaget", Approvals.APPROVED),
            org("Arbetsmarknad", Approvals.APPROVED), org("Ängens skola", Approvals.NONE),
            org("Kultur", Approvals.COMMENTED), org("Bygg", Approvals.NONE))
        .sorted(Approvals.ANSWER_ORDER).map(Approvals.OrgReview::name).toList();
    assertEquals(List.of("Bygg", "Ängens skola", "Kultur", "Arbetsmarknad", "Östra bolaget"),
        order);
  }
}
