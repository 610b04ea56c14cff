package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.tjanstekatalog.costing.control.WhatIfService;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.costing.domain.WhatIf;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * What-if: the controller picks a computed month, changes pools' keys or amounts, areas' binding
 * model and levels' prices in one form, and sees per org the stored result against the
 * simulated one. Nothing is saved; leaving the page forgets it.
 */
@Named
@ViewScoped
public class WhatIfBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WhatIfService whatIf;

  private String month;
  private List<String> months = List.of();
  private List<PoolEdit> pools = new ArrayList<>();
  private List<AreaEdit> areas = new ArrayList<>();
  private List<PriceEdit> prices = new ArrayList<>();
  private List<WhatIfService.LevelOption> levels;
  private WhatIfService.Simulation simulation;
  private List<String> warnings = List.of();

  /** First visit: the newest computed month (or {@code ?month=}) with today's values. */
  public void load() {
    months = whatIf.computedMonths().stream().map(SwedishFormat::month).toList();
    if ((month == null || !months.contains(month)) && !months.isEmpty()) {
      month = months.get(0);
    }
    reset();
  }

  /** Another month: its values, no changes. */
  public void changeMonth() {
    reset();
  }

  /** Today's values of the month again, no changes, no result. */
  public void reset() {
    simulation = null;
    warnings = List.of();
    pools = new ArrayList<>();
    areas = new ArrayList<>();
    prices = new ArrayList<>();
    YearMonth m = selected();
    if (m == null) {
      return;
    }
    WhatIfService.Options options = whatIf.options(m);
    for (WhatIfService.PoolOption p : options.pools()) {
      pools.add(new PoolEdit(p.id(), p.name(), p.key(), p.cost().value()));
    }
    for (WhatIfService.AreaOption a : options.areas()) {
      areas.add(new AreaEdit(a.id(), a.name(), a.binding()));
    }
    levels = options.levels();
  }

  public void addPrice() {
    prices.add(new PriceEdit());
  }

  public void removePrice(PriceEdit price) {
    prices.remove(price);
  }

  /** Computes the month with the form's changes and compares it with the stored result. */
  public void simulate() {
    simulation = null;
    warnings = List.of();
    YearMonth m = selected();
    if (m == null) {
      return;
    }
    List<WhatIf.Change> changes = changes();
    if (changes.isEmpty()) {
      Faces.info("whatif.noChanges");
    }
    Faces.attempt(() -> {
      simulation = whatIf.simulate(m, changes);
      warnings = simulation.warnings().stream().map(v -> v.message(Faces.locale())).toList();
    });
  }

  /** The form's values that differ from the month's, as changes. */
  List<WhatIf.Change> changes() {
    List<WhatIf.Change> changes = new ArrayList<>();
    for (PoolEdit p : pools) {
      if (p.key != null && p.key != p.currentKey) {
        changes.add(new WhatIf.PoolKey(p.id, p.key));
      }
      if (p.cost != null && p.cost.compareTo(p.currentCost) != 0) {
        changes.add(new WhatIf.PoolCost(p.id, Amount.of(p.cost)));
      }
    }
    for (AreaEdit a : areas) {
      if (a.model != null && a.model != a.currentModel) {
        changes.add(new WhatIf.AreaModel(a.id, a.model));
      }
    }
    for (PriceEdit p : prices) {
      if (p.levelId != null && p.price != null) {
        changes.add(new WhatIf.LevelPrice(p.levelId, p.price));
      }
    }
    return changes;
  }

  private YearMonth selected() {
    if (month == null || month.isBlank()) {
      return null;
    }
    try {
      return SwedishFormat.parseMonth(month);
    } catch (DateTimeParseException e) {
      Faces.error(null, Faces.text("error.month", month));
      return null;
    }
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<String> getMonths() {
    return months;
  }

  public List<PoolEdit> getPools() {
    return pools;
  }

  public List<AreaEdit> getAreas() {
    return areas;
  }

  public List<PriceEdit> getPrices() {
    return prices;
  }

  public List<WhatIfService.LevelOption> getLevels() {
    if (levels == null) {
      YearMonth m = selected();
      levels = m == null ? List.of() : whatIf.options(m).levels();
    }
    return levels;
  }

  /** The month's charged price of a level, to show next to its input. */
  public BigDecimal currentPrice(Long levelId) {
    if (levelId == null) {
      return null;
    }
    return getLevels().stream().filter(l -> l.id() == levelId).findFirst()
        .map(WhatIfService.LevelOption::chargedPrice).orElse(null);
  }

  public WhatIfService.Simulation getSimulation() {
    return simulation;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public AllocationKey[] getKeys() {
    return AllocationKey.values();
  }

  public FinancingModel[] getModels() {
    return FinancingModel.values();
  }

  /** A pool row of the form: the month's key and cost, and the ones to simulate. */
  public static class PoolEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final AllocationKey currentKey;
    private final BigDecimal currentCost;
    private AllocationKey key;
    private BigDecimal cost;

    PoolEdit(long id, String name, AllocationKey currentKey, BigDecimal currentCost) {
      this.id = id;
      this.name = name;
      this.currentKey = currentKey;
      this.currentCost = currentCost;
      this.key = currentKey;
      this.cost = currentCost;
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public AllocationKey getCurrentKey() {
      return currentKey;
    }

    public BigDecimal getCurrentCost() {
      return currentCost;
    }

    public AllocationKey getKey() {
      return key;
    }

    public void setKey(AllocationKey key) {
      this.key = key;
    }

    public BigDecimal getCost() {
      return cost;
    }

    public void setCost(BigDecimal cost) {
      this.cost = cost;
    }
  }

  /** An area row of the form: the month's binding model and the one to simulate. */
  public static class AreaEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final FinancingModel currentModel;
    private FinancingModel model;

    AreaEdit(long id, String name, FinancingModel currentModel) {
      this.id = id;
      this.name = name;
      this.currentModel = currentModel;
      this.model = currentModel;
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public FinancingModel getCurrentModel() {
      return currentModel;
    }

    public FinancingModel getModel() {
      return model;
    }

    public void setModel(FinancingModel model) {
      this.model = model;
    }
  }

  /** A price to simulate: a level and its charged unit price. */
  public static class PriceEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long levelId;
    private BigDecimal price;

    public Long getLevelId() {
      return levelId;
    }

    public void setLevelId(Long levelId) {
      this.levelId = levelId;
    }

    public BigDecimal getPrice() {
      return price;
    }

    public void setPrice(BigDecimal price) {
      this.price = price;
    }
  }
}
