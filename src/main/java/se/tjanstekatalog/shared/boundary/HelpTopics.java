package se.tjanstekatalog.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The pages with a help text ({@code tk:help page="…"}, bundle key {@code help.{page}}) and
 * the glossary's terms ({@code tk:term term="…"}, keys {@code glossary.{term}} and
 * {@code glossary.{term}.text}), in the glossary page's order.
 */
@Named
@ApplicationScoped
public class HelpTopics {
  public static final List<String> PAGES = List.of("catalogue", "service", "imports",
      "consumption", "runs", "comparison", "plan", "pools", "budget", "whatif", "statement",
      "review", "periods", "dashboard");

  public static final List<String> TERMS = List.of("binding", "shadow", "chargeback",
      "allocation", "pool", "key", "coverage", "budgetTransfer");

  public List<String> getTerms() {
    return TERMS;
  }
}
