package se.tjanstekatalog.setup.domain;

import java.util.List;

/**
 * What a municipality must have before its first month computes, each step done or missing
 * with a one-line reason and the page where it is done. Decided from counts only
 * ({@link Facts}), so it is tested without a database.
 */
public final class SetupChecklist {
  /** The placeholder the schema gives the municipality and the accounting settings. */
  public static final String PLACEHOLDER_NAME = "Kommunen";

  /** The counts the checklist decides from. */
  public record Facts(String municipalityName, boolean logo, String accountingCompanyName,
      long accountingChanges, long orgs, long services, long priceLists, long keyValues,
      long pools, long modelPlanRows, long usersBesideAdmins, long ssoMappings) {}

  /**
   * One step: {@code key} names it ({@code setup.item.<key>}), {@code reason} the message key
   * of its one-line why ({@code setup.item.<key>.done} or {@code .missing}) with its
   * arguments, {@code page} where it is done.
   */
  public record Item(String key, boolean done, String reason, List<Object> args, String page) {
    public Item {
      args = List.copyOf(args);
    }

    public String label() {
      return "setup.item." + key;
    }
  }

  private final List<Item> items;

  private SetupChecklist(List<Item> items) {
    this.items = items;
  }

  public static SetupChecklist of(Facts f) {
    return new SetupChecklist(List.of(
        item("municipality", named(f.municipalityName()), "admin/settings.xhtml",
            f.municipalityName(), f.logo() ? 1 : 0),
        item("accounting", named(f.accountingCompanyName()) || f.accountingChanges() > 0,
            "statements/accounting.xhtml", f.accountingCompanyName()),
        item("orgs", f.orgs() > 0, "organisation/orgs.xhtml", f.orgs()),
        item("catalogue", f.services() > 0, "catalogue/catalogue.xhtml", f.services()),
        item("priceList", f.priceLists() > 0, "catalogue/pricelists.xhtml", f.priceLists()),
        item("keyValues", f.keyValues() > 0, "consumption/imports.xhtml", f.keyValues()),
        item("pools", f.pools() > 0, "costing/pools.xhtml", f.pools()),
        item("modelPlan", f.modelPlanRows() > 0, "costing/plan.xhtml", f.modelPlanRows()),
        item("users", f.usersBesideAdmins() > 0 || f.ssoMappings() > 0, "admin/users.xhtml",
            f.usersBesideAdmins(), f.ssoMappings())));
  }

  private static boolean named(String name) {
    return name != null && !name.isBlank() && !name.strip().equals(PLACEHOLDER_NAME);
  }

  private static Item item(String key, boolean done, String page, Object... args) {
    return new Item(key, done, "setup.item." + key + (done ? ".done" : ".missing"),
        List.of(args), page);
  }

  public List<Item> items() {
    return items;
  }

  public long missing() {
    return items.stream().filter(i -> !i.done()).count();
  }

  public boolean complete() {
    return missing() == 0;
  }

  /**
   * Whether the checklist is worth showing: always while the portal runs without demo data,
   * otherwise only while something is missing.
   */
  public boolean shown(boolean demo) {
    return !demo || !complete();
  }
}
