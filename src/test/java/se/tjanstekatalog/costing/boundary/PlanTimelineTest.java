package se.tjanstekatalog.costing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.primefaces.model.timeline.TimelineEvent;
import se.tjanstekatalog.costing.control.ModelPlanService.PlanView;
import se.tjanstekatalog.costing.control.PlanPeriods;
import se.tjanstekatalog.costing.control.PlanPeriods.Area;
import se.tjanstekatalog.costing.control.PlanPeriods.Entry;
import se.tjanstekatalog.costing.control.PlanPeriods.Period;
import se.tjanstekatalog.costing.control.PlanPeriods.Range;
import se.tjanstekatalog.ledger.domain.FinancingModel;
import se.tjanstekatalog.shared.boundary.ChartPalette;

/** The plan's timeline: the portal's month names and the legend's colours. */
class PlanTimelineTest {
  private static final Area ARBETSPLATS = new Area(1, "ARBETSPLATS", "Arbetsplats");
  private static final Area KOMMUNIKATION = new Area(2, "KOMMUNIKATION", "Kommunikation");

  private static JsonObject settings(Locale locale) {
    return Json.createReader(new StringReader(PlanTimeline.settings(locale))).readObject();
  }

  private static List<String> strings(JsonObject settings, String key) {
    return settings.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList();
  }

  @Test
  void thePortalsSwedishGivesSwedishMonthNamesWhateverTheBrowserSpeaks() {
    JsonObject sv = settings(Locale.forLanguageTag("sv"));
    assertEquals("sv", sv.getString("locale"));
    List<String> months = strings(sv, "monthsShort");
    assertEquals(List.of("jan", "apr", "jul", "okt"),
        List.of(months.get(0), months.get(3), months.get(6), months.get(9)));
    assertEquals(List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"), months);
    assertEquals("januari", strings(sv, "months").get(0));
    assertEquals("oktober", strings(sv, "months").get(9));
    assertEquals(List.of("sön", "mån"), strings(sv, "weekdaysShort").subList(0, 2));
  }

  @Test
  void anEnglishPortalWouldGetEnglishNames() {
    JsonObject en = settings(Locale.ENGLISH);
    assertEquals("en", en.getString("locale"));
    assertEquals("Oct", strings(en, "monthsShort").get(9));
    assertEquals("October", strings(en, "months").get(9));
  }

  @Test
  void eachModelsItemsHaveThePalettesColourAsOnTheLegend() {
    JsonObject colours = settings(Locale.forLanguageTag("sv")).getJsonObject("colours");
    assertEquals(ChartPalette.CHARGEBACK,
        colours.getString(PlanTimeline.styleClass(FinancingModel.CHARGEBACK)));
    assertEquals(ChartPalette.ALLOCATION,
        colours.getString(PlanTimeline.styleClass(FinancingModel.ALLOCATION)));
    assertEquals(ChartPalette.CHARGEBACK, PlanTimeline.colour(FinancingModel.CHARGEBACK));
    assertEquals(ChartPalette.ALLOCATION, PlanTimeline.colour(FinancingModel.ALLOCATION));

    List<TimelineEvent<Period>> items = PlanTimeline.model(demoPlan(), key -> key).getEvents();
    assertEquals(3, items.size());
    for (TimelineEvent<Period> item : items) {
      assertEquals(PlanPalette.of(item.getData().model()),
          colours.getString(item.getStyleClass()), item.getTitle());
    }
    assertEquals(ChartPalette.ALLOCATION, colours.getString(items.get(1).getStyleClass()),
        "Arbetsplats from 2026-07: solidarisk fördelning");
    assertFalse(items.get(0).isEditable());
  }

  /** The colours the legend promises, written out here so a change of mapping shows. */
  private static final class PlanPalette {
    static String of(FinancingModel model) {
      return switch (model) {
        case CHARGEBACK -> ChartPalette.CHARGEBACK;
        case ALLOCATION -> ChartPalette.ALLOCATION;
      };
    }
  }

  private static PlanView demoPlan() {
    YearMonth jan = YearMonth.of(2026, 1);
    List<Entry> entries = List.of(new Entry(1, 0, ARBETSPLATS.id(), YearMonth.of(2026, 7),
        FinancingModel.ALLOCATION, null, "it", null));
    List<Area> areas = List.of(ARBETSPLATS, KOMMUNIKATION);
    Range range = PlanPeriods.range(entries, jan, YearMonth.of(2026, 12), jan);
    return new PlanView(areas, entries, PlanPeriods.periods(areas, entries, range, null), range,
        null, jan);
  }
}
