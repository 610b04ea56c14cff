package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's parts: which one a URL opens, and the links between them. */
class DashboardSectionsTest {

  @Test
  void withoutAPartTheOrgsOpenAndALinkToAServiceOpensTheServices() {
    assertEquals("overview", DashboardBean.section(null, null));
    assertEquals("overview", DashboardBean.section(" ", ""));
    assertEquals("services", DashboardBean.section(null, "MOBIL"));
  }

  @Test
  void theChosenPartWinsAndAnUnknownOneIsNone() {
    assertEquals("forecast", DashboardBean.section(" forecast ", "MOBIL"));
    assertEquals("months", DashboardBean.section("months", null));
    assertNull(DashboardBean.section("Forecast", null));
    assertNull(DashboardBean.section("<script>", null));
  }

  @Test
  void theLinksKeepTheYearMonthAndChosenColumns() {
    DashboardBean bean = new DashboardBean();
    bean.setYear(2026);
    assertEquals(List.of("overview", "forecast", "months", "services"), bean.getSections());
    assertEquals("dashboard.xhtml?year=2026&section=months", bean.sectionHref("months"));
    bean.setMonth("2026-03");
    bean.setShownColumns(List.of("CHARGEBACK", "BINDING"));
    assertEquals("dashboard.xhtml?year=2026&month=2026-03&columns=CHARGEBACK,BINDING"
        + "&section=forecast", bean.sectionHref("forecast"));
  }
}
