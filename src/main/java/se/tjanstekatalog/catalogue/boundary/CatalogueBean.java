package se.tjanstekatalog.catalogue.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.tjanstekatalog.catalogue.control.CatalogueQuery;
import se.tjanstekatalog.catalogue.control.CatalogueService;
import se.tjanstekatalog.catalogue.control.CatalogueView.ServiceView;
import se.tjanstekatalog.catalogue.entity.Lifecycle;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * The catalogue page: a lazy table of services valid in a chosen month, searchable over
 * names and descriptions, filterable by area and lifecycle; retired services on request.
 */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {
  @Inject CatalogueService catalogue;

  private String text;
  private String areaCode;
  private Lifecycle lifecycle;
  private boolean includeRetired;
  private LocalDate month = LocalDate.now().withDayOfMonth(1);
  private List<CatalogueService.AreaChoice> areas;
  private final LazyDataModel<ServiceView> model = new Model();

  public void load() {
    areas = catalogue.areaChoices();
  }

  public YearMonth getAsOf() {
    return YearMonth.from(month);
  }

  public String getAsOfText() {
    return SwedishFormat.month(getAsOf());
  }

  CatalogueQuery query() {
    return new CatalogueQuery(text, areaCode, lifecycle, includeRetired, getAsOf());
  }

  /**
   * Pages through the month's catalogue. A month's catalogue is a few hundred rows at most, so
   * the matching services are fetched once per query (the table asks for the count and then
   * the page) and paged here.
   */
  private final class Model extends LazyDataModel<ServiceView> {
    private transient CatalogueQuery cachedQuery;
    private transient List<ServiceView> cachedRows;

    private List<ServiceView> rows() {
      CatalogueQuery query = query();
      if (cachedRows == null || !query.equals(cachedQuery)) {
        cachedRows = catalogue.view(query).services();
        cachedQuery = query;
      }
      return cachedRows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      cachedRows = null;
      return rows().size();
    }

    @Override
    public List<ServiceView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      List<ServiceView> all = rows();
      setRowCount(all.size());
      int from = Math.min(Math.max(first, 0), all.size());
      // A copy: the model keeps the page it returns, and a subList view is not Serializable
      // (the model moves with the view to another node, ADR 0010).
      return List.copyOf(all.subList(from, Math.min(from + Math.max(pageSize, 1), all.size())));
    }

    @Override
    public String getRowKey(ServiceView service) {
      return service.code();
    }
  }

  /**
   * A row's link to the service's page in the chosen month, written as plain text: an
   * {@code h:link} per row resolved its navigation case each time, most of the table's time.
   */
  public String serviceLink(ServiceView service) {
    return "/catalogue/service.xhtml?code=" + URLEncoder.encode(service.code(),
        StandardCharsets.UTF_8) + "&asOf=" + getAsOfText();
  }

  /** "Bas, Standard, Utökad": the levels offered in the month. */
  public String levelNames(ServiceView service) {
    return service.levels().stream().map(l -> l.name()).collect(Collectors.joining(", "));
  }

  public LazyDataModel<ServiceView> getModel() {
    return model;
  }

  public Lifecycle[] getLifecycles() {
    return Lifecycle.values();
  }

  public List<CatalogueService.AreaChoice> getAreas() {
    return areas;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public Lifecycle getLifecycle() {
    return lifecycle;
  }

  public void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  public boolean isIncludeRetired() {
    return includeRetired;
  }

  public void setIncludeRetired(boolean includeRetired) {
    this.includeRetired = includeRetired;
  }

  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month == null ? LocalDate.now().withDayOfMonth(1) : month.withDayOfMonth(1);
  }
}
