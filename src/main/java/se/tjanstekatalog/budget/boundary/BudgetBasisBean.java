package se.tjanstekatalog.budget.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.tjanstekatalog.budget.control.BudgetBasisService;
import se.tjanstekatalog.budget.control.BudgetBasisService.VersionView;
import se.tjanstekatalog.budget.control.BudgetExcelExport;
import se.tjanstekatalog.budget.control.BudgetPdf;
import se.tjanstekatalog.budget.control.BudgetStore.FrozenLine;
import se.tjanstekatalog.budget.control.BudgetInputs.AreaInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.Basis;
import se.tjanstekatalog.budget.control.BudgetInputs.OrgInfo;
import se.tjanstekatalog.budget.control.BudgetInputs.PoolRow;
import se.tjanstekatalog.budget.control.BudgetInputs.VolumeRow;
import se.tjanstekatalog.budget.domain.BudgetBasis.AreaTotal;
import se.tjanstekatalog.budget.domain.BudgetBasis.Result;
import se.tjanstekatalog.budget.domain.VersionDiff.Difference;
import se.tjanstekatalog.security.boundary.CurrentUser;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Budgetunderlag: a year, every org's totals, one org's areas with the price and volume split
 * and its planned volumes (editable by its ekonomichef and the controller, each with a
 * comment), the pools' budgets, publishing a version and reading earlier versions with their
 * differences. One service call per action; getters do no work.
 */
@Named
@ViewScoped
public class BudgetBasisBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject BudgetBasisService service;
  @Inject CurrentUser user;

  private Integer year;
  private String orgCode;
  private Long orgId;
  private Integer versionNo;
  private String publishName;
  private String publishDate;
  private final Map<Long, BigDecimal> planned = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();
  private final Map<Long, BigDecimal> poolBudgets = new HashMap<>();
  private final Map<Long, String> poolComments = new HashMap<>();
  private List<Integer> years;
  private Basis basis;
  private VersionView version;
  private List<FrozenLine> versionLines;

  /** First visit: {@code ?year=} (default the next year), {@code ?org=CODE} (default own). */
  public void load() {
    years = service.years();
    if (year == null && !years.isEmpty()) {
      year = years.get(0);
    }
    if (year == null) {
      year = LocalDate.now().getYear() + 1;
    }
    refresh();
    OrgInfo chosen = basis == null ? null : basis.orgs().stream()
        .filter(o -> o.code().equalsIgnoreCase(Objects.toString(orgCode, ""))
            || orgCode == null && Objects.equals(o.id(), ownOrg()))
        .findFirst().orElse(basis.orgs().isEmpty() ? null : basis.orgs().get(0));
    orgId = chosen == null ? null : chosen.id();
    fillForms();
  }

  /** Another year or org: read again. */
  public void change() {
    versionNo = null;
    version = null;
    refresh();
    fillForms();
  }

  public void save(long levelId) {
    if (Faces.attempt(() -> service.adjust(year, orgId, levelId, planned.get(levelId),
        comments.get(levelId)))) {
      Faces.info("budgetBasis.saved");
      refresh();
      fillForms();
    }
  }

  public void savePool(long poolId) {
    BigDecimal value = poolBudgets.get(poolId);
    if (Faces.attempt(() -> service.setPoolBudget(year, poolId,
        value == null ? null : Amount.of(value), poolComments.get(poolId)))) {
      Faces.info("budgetBasis.saved");
      refresh();
      fillForms();
    }
  }

  public void publish() {
    LocalDate on;
    try {
      on = publishDate == null || publishDate.isBlank() ? null
          : LocalDate.parse(publishDate.strip());
    } catch (DateTimeParseException e) {
      Faces.error(null, Faces.text("budgetBasis.error.date.format", publishDate));
      return;
    }
    LocalDate date = on;
    if (Faces.attempt(() -> service.publish(year, publishName, date))) {
      Faces.info("budgetBasis.published", publishName);
      refresh();
      versionNo = basis.versions().isEmpty() ? null
          : basis.versions().get(basis.versions().size() - 1).number();
      showVersion();
      fillForms();
    }
  }

  /** The chosen version: its frozen totals, the selected org's frozen lines, differences. */
  public void showVersion() {
    version = versionNo == null ? null : service.version(year, versionNo).orElse(null);
    versionLines = version == null || orgId == null ? List.of()
        : service.versionLines(year, versionNo, orgId);
  }

  public StreamedContent getExcelOrg() {
    return excel(getOrg());
  }

  /** The selected org's PDF. */
  public StreamedContent getPdfOrg() {
    if (basis == null) {
      refresh();
    }
    OrgInfo org = getOrg();
    if (org == null) {
      return null;
    }
    byte[] bytes = BudgetPdf.render(basis, org);
    return DefaultStreamedContent.builder().name(BudgetPdf.fileName(year, org))
        .contentType("application/pdf").contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  public StreamedContent getExcelAll() {
    return excel(null);
  }

  private StreamedContent excel(OrgInfo org) {
    if (basis == null) {
      refresh();
    }
    byte[] bytes = BudgetExcelExport.render(basis, org);
    return DefaultStreamedContent.builder().name(BudgetExcelExport.fileName(year, org))
        .contentType(XLSX).contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  private void refresh() {
    Faces.attempt(() -> basis = service.basis(year));
  }

  private void fillForms() {
    planned.clear();
    comments.clear();
    poolBudgets.clear();
    poolComments.clear();
    if (basis == null) {
      return;
    }
    for (VolumeRow v : basis.volumes()) {
      if (Objects.equals(v.org().id(), orgId)) {
        planned.put(v.level().id(), v.volume().planned());
        comments.put(v.level().id(), v.comment());
      }
    }
    for (PoolRow p : basis.pools()) {
      poolBudgets.put(p.id(), p.budget().value());
      poolComments.put(p.id(), p.comment());
    }
    publishName = "Budgetunderlag " + year + " v" + (basis.versions().size() + 1);
    publishDate = LocalDate.now().toString();
  }

  private Long ownOrg() {
    return user.getInfo() == null ? null : user.getInfo().getOrgId();
  }

  // ---- what the page reads

  public boolean isEditable() {
    return user.isController() || user.isOrgFinance() && Objects.equals(ownOrg(), orgId);
  }

  public Basis getBasis() {
    return basis;
  }

  public OrgInfo getOrg() {
    return basis == null || orgId == null ? null : basis.org(orgId);
  }

  public List<AreaTotal> getOrgTotals() {
    return basis == null || orgId == null ? List.of() : basis.result().totalsOf(orgId);
  }

  public List<VolumeRow> getOrgVolumes() {
    return basis == null ? List.of()
        : basis.volumes().stream().filter(v -> Objects.equals(v.org().id(), orgId)).toList();
  }

  /** One org's sums for the summary table. */
  public record OrgSummary(OrgInfo org, Amount chargeback, Amount allocation, Amount binding,
      Amount last, Amount priceEffect, Amount volumeEffect) {}

  public List<OrgSummary> getSummaries() {
    if (basis == null) {
      return List.of();
    }
    return basis.orgs().stream().map(o -> summary(o, basis.result().totalsOf(o.id())))
        .toList();
  }

  public OrgSummary getTotal() {
    return basis == null ? null : summary(null, basis.result().totals());
  }

  static OrgSummary summary(OrgInfo o, List<AreaTotal> t) {
    return new OrgSummary(o, Result.sum(t, AreaTotal::chargeback),
        Result.sum(t, AreaTotal::allocation), Result.binding(t),
        Result.sum(t, AreaTotal::lastChargeback), Result.sum(t, AreaTotal::priceEffect),
        Result.sum(t, AreaTotal::volumeEffect));
  }

  public String areaName(long areaId) {
    AreaInfo a = basis == null ? null : basis.area(areaId);
    return a == null ? "" : a.name();
  }

  public String orgName(long id) {
    OrgInfo o = basis == null ? null : basis.org(id);
    return o == null ? String.valueOf(id) : o.code() + " – " + o.name();
  }

  public VersionView getVersion() {
    return version;
  }

  /** The selected org's frozen totals per area in the chosen version. */
  public List<AreaTotal> getVersionOrgTotals() {
    return version == null || orgId == null ? List.of()
        : version.totals().stream().filter(t -> t.orgId() == orgId).toList();
  }

  /** The selected org's sums in the chosen version (null without one). */
  public OrgSummary getVersionOrgSummary() {
    return version == null ? null : summary(getOrg(), getVersionOrgTotals());
  }

  public List<FrozenLine> getVersionLines() {
    return versionLines == null ? List.of() : versionLines;
  }

  public List<Difference> getDifferences() {
    return version == null ? List.of() : version.differences();
  }

  public List<Integer> getYears() {
    return years;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public void setOrgCode(String orgCode) {
    this.orgCode = orgCode;
  }

  public Long getOrgId() {
    return orgId;
  }

  public void setOrgId(Long orgId) {
    this.orgId = orgId;
  }

  public Integer getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(Integer versionNo) {
    this.versionNo = versionNo;
  }

  public String getPublishName() {
    return publishName;
  }

  public void setPublishName(String publishName) {
    this.publishName = publishName;
  }

  public String getPublishDate() {
    return publishDate;
  }

  public void setPublishDate(String publishDate) {
    this.publishDate = publishDate;
  }

  public Map<Long, BigDecimal> getPlanned() {
    return planned;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public Map<Long, BigDecimal> getPoolBudgets() {
    return poolBudgets;
  }

  public Map<Long, String> getPoolComments() {
    return poolComments;
  }
}
