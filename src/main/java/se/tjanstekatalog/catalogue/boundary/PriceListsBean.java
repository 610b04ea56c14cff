package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.CellEditEvent;
import se.tjanstekatalog.catalogue.control.PriceListService;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * IT_CONTROLLER's price lists: cost and charged price side by side; a draft's cost prices
 * are edited in the table; next year's draft is a copy raised by an index.
 */
@Named
@ViewScoped
public class PriceListsBean implements Serializable {
  @Inject PriceListService service;

  private List<PriceList> lists;
  private Long selectedId;
  private PriceList selected;
  private List<PriceListLine> lines;
  /** The editable cost price per line id, bound to the table's cell editors. */
  private final java.util.Map<Long, BigDecimal> costs = new java.util.HashMap<>();
  private String copyName;
  private LocalDate copyFrom;
  private LocalDate copyTo;
  private BigDecimal copyMarkup;
  private BigDecimal copyIndex = new BigDecimal("3.1");

  public void load() {
    lists = service.all();
    if (selectedId == null && !lists.isEmpty()) {
      selectedId = service.covering(YearMonth.now()).map(PriceList::getId)
          .orElse(lists.get(lists.size() - 1).getId());
    }
    if (selectedId != null) {
      selected = service.find(selectedId);
      lines = selected.getLines().stream()
          .sorted(Comparator.comparing((PriceListLine l) -> l.getLevel().getService().getName())
              .thenComparing(l -> l.getLevel().getSortOrder())
              .thenComparing(PriceListLine::getValidFrom))
          .toList();
      costs.clear();
      lines.forEach(l -> costs.put(l.getId(), l.getCostPrice().value()));
    }
  }

  public void select(PriceList list) {
    selectedId = list.getId();
    load();
  }

  public void startCopy() {
    YearMonth next = selected.getValidTo().plusMonths(1);
    copyName = "Prislista " + next.getYear();
    copyFrom = next.atDay(1);
    copyTo = next.plusMonths(11).atDay(1);
    copyMarkup = selected.getMarkupPercent();
  }

  public void copy() {
    Faces.attempt(() -> {
      PriceList copy = service.copy(selectedId, copyName,
          copyFrom == null ? null : YearMonth.from(copyFrom),
          copyTo == null ? null : YearMonth.from(copyTo), copyMarkup, copyIndex);
      selectedId = copy.getId();
      Faces.info("priceList.copied", copy.getName(), copy.getLines().size());
      PrimeFaces.current().executeScript("PF('copyDialog').hide()");
      load();
    });
  }

  /** A cost price cell edited in the table; the charged price is recomputed by the service. */
  public void onCellEdit(CellEditEvent<BigDecimal> event) {
    PriceListLine line = lines.get(event.getRowIndex());
    Faces.attempt(() -> {
      service.setCostPrice(selectedId, line.getId(),
          event.getNewValue() == null ? null : new Amount(event.getNewValue()));
      Faces.info("priceList.lineSaved", line.getLevel().getService().getName(),
          line.getLevel().getName());
    });
    load();
  }

  public void publish() {
    Faces.attempt(() -> {
      service.publish(selectedId);
      Faces.info("priceList.published", selected.getName());
      load();
    });
  }

  public java.util.Map<Long, BigDecimal> getCosts() {
    return costs;
  }

  public List<PriceList> getLists() {
    return lists;
  }

  public PriceList getSelected() {
    return selected;
  }

  public List<PriceListLine> getLines() {
    return lines;
  }

  public String getCopyName() {
    return copyName;
  }

  public void setCopyName(String copyName) {
    this.copyName = copyName;
  }

  public LocalDate getCopyFrom() {
    return copyFrom;
  }

  public void setCopyFrom(LocalDate copyFrom) {
    this.copyFrom = copyFrom;
  }

  public LocalDate getCopyTo() {
    return copyTo;
  }

  public void setCopyTo(LocalDate copyTo) {
    this.copyTo = copyTo;
  }

  public BigDecimal getCopyMarkup() {
    return copyMarkup;
  }

  public void setCopyMarkup(BigDecimal copyMarkup) {
    this.copyMarkup = copyMarkup;
  }

  public BigDecimal getCopyIndex() {
    return copyIndex;
  }

  public void setCopyIndex(BigDecimal copyIndex) {
    this.copyIndex = copyIndex;
  }
}
