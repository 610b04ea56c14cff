package se.tjanstekatalog.costing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.tjanstekatalog.ledger.domain.AllocationKey;

/**
 * A kostnadspool's settings: how its monthly cost is split (key, whether bolag take part, the
 * percentages of a FIXED_SHARE key) and which services it covers (none chosen: every POOLED
 * service of its area). The monthly costs themselves arrive by import (pool_cost).
 */
@Entity
@Table(name = "cost_pool")
@NamedQuery(name = CostPool.FIND_ALL, query = "SELECT p FROM CostPool p ORDER BY p.code")
public class CostPool {
  public static final String FIND_ALL = "CostPool.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = 30, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  /** The service area (catalogue) whose plan and services the pool follows. */
  @Column(name = "area_id")
  private Long areaId;

  @Enumerated(EnumType.STRING)
  @Column(name = "allocation_key", nullable = false, length = 20)
  private AllocationKey allocationKey = AllocationKey.HEADCOUNT;

  @Column(name = "companies_participate", nullable = false)
  private boolean companiesParticipate;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @ElementCollection
  @CollectionTable(name = "cost_pool_service", joinColumns = @JoinColumn(name = "pool_id"))
  @Column(name = "service_id", nullable = false)
  private Set<Long> serviceIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "cost_pool_share", joinColumns = @JoinColumn(name = "pool_id"))
  @MapKeyColumn(name = "org_id")
  @Column(name = "percent", nullable = false, precision = 9, scale = 4)
  private Map<Long, BigDecimal> shares = new HashMap<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CostPool() {}

  /** Applies a checked edit; the collections are replaced, not merged. */
  public void apply(String newName, AllocationKey key, boolean companies, boolean isActive,
      Set<Long> services, Map<Long, BigDecimal> newShares) {
    this.name = newName;
    this.allocationKey = key;
    this.companiesParticipate = companies;
    this.active = isActive;
    if (!serviceIds.equals(services)) {
      serviceIds.clear();
      serviceIds.addAll(services);
    }
    if (!sameShares(newShares)) {
      shares.clear();
      shares.putAll(newShares);
    }
  }

  private boolean sameShares(Map<Long, BigDecimal> other) {
    return shares.size() == other.size() && shares.entrySet().stream()
        .allMatch(e -> other.containsKey(e.getKey())
            && other.get(e.getKey()).compareTo(e.getValue()) == 0);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Long getAreaId() {
    return areaId;
  }

  public AllocationKey getAllocationKey() {
    return allocationKey;
  }

  public boolean isCompaniesParticipate() {
    return companiesParticipate;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Long> getServiceIds() {
    return Set.copyOf(serviceIds);
  }

  public Map<Long, BigDecimal> getShares() {
    return Map.copyOf(shares);
  }

  public long getVersion() {
    return version;
  }
}
