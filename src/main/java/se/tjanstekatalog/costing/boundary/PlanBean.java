package se.tjanstekatalog.costing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.timeline.TimelineModel;
import se.tjanstekatalog.costing.control.ModelPlanService;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanChange;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanInput;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanView;
import se.tjanstekatalog.costing.control.PlanPeriods.Area;
import se.tjanstekatalog.costing.control.PlanPeriods.Entry;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.Faces;

/**
 * Modellplan: the plan as a timeline (one row per service area, one item per period, coloured
 * by the binding model) and as a table with the same periods; IT_CONTROLLER adds, changes and
 * removes entries in the form below, and is told which months were recomputed.
 */
@Named
@ViewScoped
public class PlanBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ModelPlanService plans;

  private PlanView view;
  private TimelineModel<Period, Area> timeline;
  private String timelineSettings;

  private Long editingId;
  private long editingVersion;
  private Long areaId;
  private String from;
  private FinancingModel model;
  private String note;

  public void load() {
    view = plans.view();
    timeline = PlanTimeline.model(view, Faces::text);
    timelineSettings = PlanTimeline.settings(Faces.locale());
  }

  public void save() {
    PlanInput input = new PlanInput(areaId, from, model, note);
    Faces.attempt(() -> {
      PlanChange change = editingId == null ? plans.add(input)
          : plans.change(editingId, editingVersion, input);
      Faces.info(editingId == null ? "plan.added" : "plan.changed", change.areaName(),
          SwedishFormat.month(change.from()), Faces.text(change.model().messageKey()));
      recomputed(change);
      clear();
    });
    load();
  }

  public void startEdit(Entry entry) {
    editingId = entry.id();
    editingVersion = entry.version();
    areaId = entry.areaId();
    from = SwedishFormat.month(entry.from());
    model = entry.model();
    note = entry.note();
  }

  public void remove(Entry entry) {
    Faces.attempt(() -> {
      PlanChange change = plans.remove(entry.id(), entry.version());
      Faces.info("plan.removed", change.areaName(), SwedishFormat.month(change.from()));
      recomputed(change);
      if (entry.id() == (editingId == null ? -1 : editingId)) {
        clear();
      }
    });
    load();
  }

  public void cancel() {
    clear();
  }

  private void clear() {
    editingId = null;
    editingVersion = 0;
    areaId = null;
    from = null;
    model = null;
    note = null;
  }

  private static void recomputed(PlanChange change) {
    if (change.recomputed().isEmpty()) {
      Faces.info("plan.recomputedNone");
    } else {
      Faces.info("plan.recomputed", change.recomputed().stream().map(SwedishFormat::month)
          .collect(Collectors.joining(", ")));
    }
  }

  public PlanView getView() {
    return view;
  }

  public TimelineModel<Period, Area> getTimeline() {
    return timeline;
  }

  /** The timeline's month names in the page's language and its items' colours, as JSON. */
  public String getTimelineSettings() {
    return timelineSettings;
  }

  /** A model's colour, as on its timeline bars and on the charts. */
  public String colour(FinancingModel model) {
    return PlanTimeline.colour(model);
  }

  /** The timeline's first shown moment: the first month of the range. */
  public java.time.LocalDateTime getStart() {
    return view.range().first().atDay(1).atStartOfDay();
  }

  /** The timeline's last shown moment: the end of the range's last month. */
  public java.time.LocalDateTime getEnd() {
    return view.range().last().plusMonths(1).atDay(1).atStartOfDay();
  }

  public List<FinancingModel> getModels() {
    return List.of(FinancingModel.values());
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public FinancingModel getModel() {
    return model;
  }

  public void setModel(FinancingModel model) {
    this.model = model;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
