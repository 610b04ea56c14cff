package se.tjanstekatalog.setup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.tjanstekatalog.setup.control.SetupService;
import se.tjanstekatalog.setup.domain.SetupChecklist;
import se.tjanstekatalog.shared.boundary.Faces;

/** The setup checklist page ({@code admin/setup.xhtml}): one read per request. */
@Named
@RequestScoped
public class SetupBean {
  @Inject SetupService service;
  private List<Row> rows = List.of();
  private long missing;

  /** A step as the page shows it: label, done, the one-line why, the page's address. */
  public record Row(String key, String label, boolean done, String reason, String page) {}

  public void load() {
    SetupChecklist checklist = service.checklist();
    rows = checklist.items().stream().map(i -> new Row(i.key(), Faces.text(i.label()),
        i.done(), Faces.text(i.reason(), i.args().toArray()), i.page())).toList();
    missing = checklist.missing();
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getMissing() {
    return missing;
  }
}
