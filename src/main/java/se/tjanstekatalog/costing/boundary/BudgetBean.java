package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.tjanstekatalog.costing.control.BudgetExcel;
import se.tjanstekatalog.costing.control.BudgetService;
import se.tjanstekatalog.costing.domain.BudgetTransfer;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Basis;
import se.tjanstekatalog.costing.domain.BudgetTransfer.MonthState;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Proposal;
import se.tjanstekatalog.costing.domain.BudgetTransfer.Reference;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Budgetväxling: pick a service area (default the first that switches to solidarisk
 * fördelning in the model plan), its switch month (default the plan's) and the reference
 * months (default the last 12 closed months before the switch, see {@link
 * BudgetTransfer#defaultReference}); the proposal per förvaltning, its net effect and the
 * reconciliation with the pools, and the same as an Excel file.
 */
@Named
@ViewScoped
public class BudgetBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject BudgetService budget;

  private String areaCode;
  private Long areaId;
  private String switchMonth;
  private String from;
  private String to;
  private Basis basis;
  private BigDecimal tolerance = BigDecimal.ONE;
  private List<BudgetService.Area> areas;
  private Proposal proposal;
  private boolean attempted;

  /** First visit: the area from {@code ?area=CODE} or the plan's first switch, its defaults. */
  public void load() {
    areas = budget.areas();
    BudgetService.Area area = areas.stream()
        .filter(a -> a.code().equalsIgnoreCase(Objects.toString(areaCode, "")))
        .findFirst()
        .orElseGet(() -> areas.stream().filter(a -> a.switchMonth() != null)
            .min(Comparator.comparing(BudgetService.Area::switchMonth))
            .orElse(areas.isEmpty() ? null : areas.get(0)));
    if (area == null) {
      return;
    }
    areaId = area.id();
    defaultSwitch();
    defaultReference();
    show();
  }

  /** Another area: its switch month and reference defaults. */
  public void changeArea() {
    defaultSwitch();
    defaultReference();
    show();
  }

  /** Another switch month: the reference defaults to the months before it. */
  public void changeSwitch() {
    if (month(switchMonth) != null) {
      defaultReference();
    }
    show();
  }

  /** Computes the proposal from the form's choices. */
  public void show() {
    proposal = null;
    attempted = true;
    Reference reference = reference();
    if (areaId == null || reference == null) {
      return;
    }
    Faces.attempt(() -> proposal = budget.proposal(areaId, reference, tolerance));
  }

  /** The Excel file of what the page shows, for the download button. */
  public StreamedContent getExcel() {
    show();
    if (proposal == null) {
      return null;
    }
    Reference reference = reference();
    byte[] bytes = BudgetExcel.render(getArea().name(), month(switchMonth),
        reference, proposal);
    return DefaultStreamedContent.builder()
        .name("budgetvaxling-" + getArea().code().toLowerCase() + "-" + switchMonth + ".xlsx")
        .contentType(XLSX)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private void defaultSwitch() {
    BudgetService.Area area = getArea();
    YearMonth month = area == null ? null : area.switchMonth();
    if (month == null) {
      // no switch planned: what a switch after the last stored month would mean
      List<MonthState> stored = budget.storedMonths();
      month = stored.isEmpty() ? YearMonth.now()
          : stored.get(stored.size() - 1).month().plusMonths(1);
    }
    switchMonth = SwedishFormat.month(month);
  }

  private void defaultReference() {
    YearMonth month = month(switchMonth);
    Optional<Reference> reference = month == null ? Optional.empty()
        : budget.defaultReference(month);
    from = reference.map(r -> SwedishFormat.month(r.from())).orElse("");
    to = reference.map(r -> SwedishFormat.month(r.to())).orElse("");
    basis = reference.map(Reference::basis).orElse(null);
    if (reference.isEmpty() && month != null) {
      Faces.error(null, Faces.text("budget.noMonthsBefore", switchMonth));
    }
  }

  /** The form's reference; CHOSEN once the user changed the default months. */
  private Reference reference() {
    YearMonth f = month(from);
    YearMonth t = month(to);
    if (f == null || t == null) {
      return null;
    }
    YearMonth s = month(switchMonth);
    Optional<Reference> byDefault = s == null ? Optional.empty() : budget.defaultReference(s);
    Basis b = byDefault.filter(r -> r.from().equals(f) && r.to().equals(t))
        .map(Reference::basis).orElse(Basis.CHOSEN);
    basis = b;
    return new Reference(f, t, b);
  }

  private static YearMonth month(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      Faces.error(null, Faces.text("error.month", text));
      return null;
    }
  }

  public List<BudgetService.Area> getAreas() {
    if (areas == null) {
      areas = budget.areas();
    }
    return areas;
  }

  public BudgetService.Area getArea() {
    return getAreas().stream().filter(a -> Objects.equals(a.id(), areaId)).findFirst()
        .orElse(null);
  }

  public Proposal getProposal() {
    if (proposal == null && !attempted && areaId != null) {
      show();
    }
    return proposal;
  }

  /** Whether the reference reaches the switch month or later (then it is no history). */
  public boolean isReferenceAfterSwitch() {
    YearMonth s = parseQuietly(switchMonth);
    YearMonth t = parseQuietly(to);
    return s != null && t != null && !t.isBefore(s);
  }

  private static YearMonth parseQuietly(String text) {
    try {
      return text == null || text.isBlank() ? null : SwedishFormat.parseMonth(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getSwitchMonth() {
    return switchMonth;
  }

  public void setSwitchMonth(String switchMonth) {
    this.switchMonth = switchMonth;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public Basis getBasis() {
    return basis;
  }

  /** The message key naming how the reference was chosen. */
  public String getBasisKey() {
    return "budget.basis." + (basis == null ? Basis.CHOSEN : basis).name();
  }

  public BigDecimal getTolerance() {
    return tolerance;
  }

  public void setTolerance(BigDecimal tolerance) {
    this.tolerance = tolerance;
  }

  public int getYear() {
    return BudgetTransfer.YEAR;
  }
}
