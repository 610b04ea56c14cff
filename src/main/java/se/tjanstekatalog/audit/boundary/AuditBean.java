package se.tjanstekatalog.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.tjanstekatalog.audit.control.AuditLog;
import se.tjanstekatalog.audit.domain.AuditFilter;
import se.tjanstekatalog.audit.domain.AuditKind;
import se.tjanstekatalog.audit.entity.AuditEvent;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * Granskningslogg: the audit log with filters on person, kind, month and days. The table is
 * lazy: each page is one count and one page query in the database, never the whole log.
 */
@Named
@ViewScoped
public class AuditBean implements Serializable {
  @Inject AuditLog log;

  private String person;
  private AuditKind kind;
  private LocalDate month;
  private LocalDate from;
  private LocalDate to;
  private final LazyDataModel<AuditEvent> model = new Model();

  AuditFilter filter() {
    return new AuditFilter(person, kind, month == null ? null : YearMonth.from(month), from, to);
  }

  private final class Model extends LazyDataModel<AuditEvent> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, log.count(filter()));
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      return log.page(filter(), Math.max(first, 0), Math.max(pageSize, 1));
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return String.valueOf(event.getId());
    }
  }

  public LazyDataModel<AuditEvent> getModel() {
    return model;
  }

  public AuditKind[] getKinds() {
    return AuditKind.values();
  }

  /** The month filter as yyyy-MM for the export link, or empty. */
  public String getMonthText() {
    return month == null ? "" : SwedishFormat.month(YearMonth.from(month));
  }

  public String getKindText() {
    return kind == null ? "" : kind.name();
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public AuditKind getKind() {
    return kind;
  }

  public void setKind(AuditKind kind) {
    this.kind = kind;
  }

  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
