package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.tjanstekatalog.costing.control.PoolRules;
import se.tjanstekatalog.costing.control.PoolService;
import se.tjanstekatalog.costing.control.PoolService.PoolEdit;
import se.tjanstekatalog.costing.control.PoolService.PoolRow;
import se.tjanstekatalog.ledger.domain.AllocationKey;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Kostnadspooler: the pools with their key and coverage; IT_CONTROLLER edits one at a time
 * (name, key, bolag, active, chosen services, fixed shares). A save marks computed months as
 * needing recomputation; the page says which and recomputes them on request.
 */
@Named
@ViewScoped
public class PoolsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PoolService pools;

  private List<PoolRow> rows;
  private List<YearMonth> stale;

  private PoolEdit editing;
  private String name;
  private AllocationKey key;
  private boolean companies;
  private boolean active;
  private List<ServiceChoice> services = List.of();
  private List<ShareInput> shares = List.of();

  /** A service of the pool's area, chosen or not; only POOLED ones can be. */
  public static class ServiceChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String code;
    private final String name;
    private final boolean pooled;
    private boolean chosen;

    ServiceChoice(PoolService.ServiceOption o) {
      this.id = o.id();
      this.code = o.code();
      this.name = o.name();
      this.pooled = o.pooled();
      this.chosen = o.chosen();
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isPooled() {
      return pooled;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }
  }

  /** An org's fixed share in percent (null: none). */
  public static class ShareInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String code;
    private final String name;
    private final boolean company;
    private BigDecimal percent;

    ShareInput(PoolService.OrgShare s) {
      this.id = s.id();
      this.code = s.code();
      this.name = s.name();
      this.company = s.company();
      this.percent = s.percent();
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public boolean isCompany() {
      return company;
    }

    public BigDecimal getPercent() {
      return percent;
    }

    public void setPercent(BigDecimal percent) {
      this.percent = percent;
    }
  }

  public void load() {
    rows = pools.pools();
    stale = pools.staleMonths();
  }

  public void startEdit(long id) {
    editing = pools.edit(id);
    name = editing.name();
    key = editing.key();
    companies = editing.companiesParticipate();
    active = editing.active();
    services = editing.services().stream().map(ServiceChoice::new).toList();
    shares = editing.shares().stream().map(ShareInput::new).toList();
  }

  public void save() {
    Set<Long> chosen = new LinkedHashSet<>();
    services.stream().filter(s -> s.chosen && s.pooled).forEach(s -> chosen.add(s.id));
    Map<Long, BigDecimal> percents = new LinkedHashMap<>();
    shares.forEach(s -> percents.put(s.id, s.percent));
    PoolRules.Edit edit = new PoolRules.Edit(name, key, companies, active, chosen, percents);
    String saved = name;
    if (Faces.attempt(() -> pools.save(editing.id(), editing.version(), edit))) {
      Faces.info("pool.saved", saved == null ? "" : saved.strip());
      editing = null;
    }
    load();
  }

  public void cancel() {
    editing = null;
  }

  public void recompute() {
    Faces.attempt(() -> {
      List<YearMonth> months = pools.recomputeStale();
      if (months.isEmpty()) {
        Faces.info("pool.recomputedNone");
      } else {
        Faces.info("pool.recomputed", months.size(), months.stream().map(SwedishFormat::month)
            .collect(Collectors.joining(", ")));
      }
    });
    load();
  }

  /** The entered shares' sum, for the line under the share table. */
  public BigDecimal getShareSum() {
    return shares.stream().map(ShareInput::getPercent).filter(p -> p != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String getStaleText() {
    return stale == null ? "" : stale.stream().map(SwedishFormat::month)
        .collect(Collectors.joining(", "));
  }

  public List<PoolRow> getRows() {
    return rows;
  }

  public List<YearMonth> getStale() {
    return stale;
  }

  public PoolEdit getEditing() {
    return editing;
  }

  public List<AllocationKey> getKeys() {
    return List.of(AllocationKey.values());
  }

  public List<ServiceChoice> getServices() {
    return services;
  }

  public List<ShareInput> getShares() {
    return shares;
  }

  public boolean isFixedShare() {
    return key == AllocationKey.FIXED_SHARE;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AllocationKey getKey() {
    return key;
  }

  public void setKey(AllocationKey key) {
    this.key = key;
  }

  public boolean isCompanies() {
    return companies;
  }

  public void setCompanies(boolean companies) {
    this.companies = companies;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
