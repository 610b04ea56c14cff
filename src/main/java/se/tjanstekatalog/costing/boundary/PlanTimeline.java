package se.tjanstekatalog.costing.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanView;
import se.tjanstekatalog.costing.control.PlanPeriods.Area;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.JsonBuilders;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.boundary.ChartPalette;
import se.tjanstekatalog.shared.boundary.HtmlJson;

/**
 * The plan page's timeline (PrimeFaces' p:timeline, which draws with vis-timeline): its items,
 * one per period in its area's row, and its settings for {@code tk/js/timeline.js}.
 *
 * <p>vis-timeline writes its axis with the moment.js it bundles, in the browser's language
 * (and in the last locale it bundles, Ukrainian, when it has none for that language, so a
 * Swedish browser got "січ"); its {@code locale} option only names its own few labels. So the
 * settings carry the portal's month and day names, from the page's locale, and the script makes
 * the timeline's moment use them. Each item's colour is its model's colour in
 * {@link ChartPalette}, as on the legend, the charts and the table, and the script paints the
 * item with it (the theme paints every item white).
 */
public final class PlanTimeline {
  private PlanTimeline() {}

  /** The CSS class of a model's items, by which the script finds the item's colour. */
  public static String styleClass(FinancingModel model) {
    return "tk-model-" + model.name().toLowerCase(Locale.ROOT);
  }

  /** A model's colour: on the timeline, the legend and the table, as on the charts. */
  public static String colour(FinancingModel model) {
    return model == FinancingModel.ALLOCATION ? ChartPalette.ALLOCATION
        : ChartPalette.CHARGEBACK;
  }

  /** The timeline's items; {@code text} gives a message of the page's language by key. */
  public static TimelineModel<Period, Area> model(PlanView view, Function<String, String> text) {
    TimelineModel<Period, Area> model = new TimelineModel<>();
    for (Area a : view.areas()) {
      model.addGroup(new TimelineGroup<>("area" + a.id(), a));
    }
    int n = 0;
    for (Period p : view.periods()) {
      model.add(TimelineEvent.<Period>builder()
          .id("period" + n++)
          .data(p)
          .group("area" + p.area().id())
          .startDate(p.from().atDay(1))
          .endDate(p.drawnEnd(view.range().last()).atDay(1))
          .styleClass(styleClass(p.model()))
          .title(p.area().name() + " " + SwedishFormat.month(p.from()) + " – "
              + (p.to() == null ? text.apply("plan.untilFurther") : SwedishFormat.month(p.to()))
              + ": " + text.apply(p.model().messageKey()))
          .editable(false)
          .build());
    }
    return model;
  }

  /**
   * The settings as JSON for a {@code data-} attribute: the locale's language, its month and
   * day names as moment.js takes them (short names are the first three letters of the full
   * name, "jan, apr, jul, okt" in Swedish; weekdays from Sunday), its first day of the week, and
   * each item class's colour.
   */
  public static String settings(Locale locale) {
    JsonArrayBuilder months = JsonBuilders.array();
    JsonArrayBuilder monthsShort = JsonBuilders.array();
    for (Month m : Month.values()) {
      String name = m.getDisplayName(TextStyle.FULL_STANDALONE, locale);
      months.add(name);
      monthsShort.add(prefix(name, 3));
    }
    JsonArrayBuilder weekdays = JsonBuilders.array();
    JsonArrayBuilder weekdaysShort = JsonBuilders.array();
    JsonArrayBuilder weekdaysMin = JsonBuilders.array();
    for (int i = 0; i < 7; i++) {
      String name = DayOfWeek.SUNDAY.plus(i).getDisplayName(TextStyle.FULL_STANDALONE, locale);
      weekdays.add(name);
      weekdaysShort.add(prefix(name, 3));
      weekdaysMin.add(prefix(name, 2));
    }
    JsonObjectBuilder colours = JsonBuilders.object();
    for (FinancingModel model : FinancingModel.values()) {
      colours.add(styleClass(model), colour(model));
    }
    return HtmlJson.of(JsonBuilders.object()
        .add("locale", locale.getLanguage())
        .add("months", months)
        .add("monthsShort", monthsShort)
        .add("weekdays", weekdays)
        .add("weekdaysShort", weekdaysShort)
        .add("weekdaysMin", weekdaysMin)
        .add("colours", colours)
        .build());
  }

  private static String prefix(String name, int letters) {
    return name.length() <= letters ? name : name.substring(0, letters);
  }
}
