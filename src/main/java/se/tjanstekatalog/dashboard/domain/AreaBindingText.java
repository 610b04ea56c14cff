package se.tjanstekatalog.dashboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaBinding;
import se.tjanstekatalog.costing.domain.AreaBindings.AreaHistory;
import se.tjanstekatalog.costing.domain.AreaBindings.Stretch;
import se.tjanstekatalog.shared.Messages;
import se.tjanstekatalog.shared.SwedishFormat;

/**
 * An org's binding per service area as the dashboard and its export say it, one line per area:
 * "Arbetsplats: Solidarisk fördelning", "Telefoni: Internfakturering (bolag utanför pool)"; an
 * area whose binding changed within the shown months names each stretch with its months:
 * "Support: Internfakturering 2026-01–2026-06, Solidarisk fördelning 2026-07–2026-12".
 */
public final class AreaBindingText {
  /** Between the areas where they share one line (the Excel cell). */
  public static final String SEPARATOR = " · ";

  private AreaBindingText() {}

  /** One line per area, in the order given; an area without a name shows its id. */
  public static List<String> lines(List<AreaHistory> areas, Map<Long, String> areaNames) {
    List<String> out = new ArrayList<>();
    for (AreaHistory area : areas) {
      String name = areaNames.getOrDefault(area.areaId(), String.valueOf(area.areaId()));
      List<Stretch> stretches = area.stretches();
      String text = stretches.size() == 1 ? kind(stretches.get(0).binding())
          : stretches.stream().map(AreaBindingText::stretch).collect(Collectors.joining(", "));
      out.add(Messages.sv("dashboard.area.line", name, text));
    }
    return out;
  }

  /** The lines in one text, e.g. for a spreadsheet cell. */
  public static String joined(List<String> lines) {
    return String.join(SEPARATOR, lines);
  }

  private static String stretch(Stretch s) {
    String months = s.from().equals(s.to()) ? SwedishFormat.month(s.from())
        : SwedishFormat.month(s.from()) + "–" + SwedishFormat.month(s.to());
    return Messages.sv("dashboard.area.stretch", kind(s.binding()), months);
  }

  private static String kind(AreaBinding b) {
    String reasons = b.reasons().stream()
        .map(r -> Messages.sv("dashboard.area.reason." + r.name()))
        .collect(Collectors.joining(", "));
    return Messages.sv("dashboard.area.kind." + b.kind().name(), reasons);
  }
}
