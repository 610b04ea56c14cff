package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's column chooser: which model's columns the organisations' table hides. */
class DashboardColumnsTest {

  @Test
  void opensWithTheBindingModelOnly() {
    DashboardBean bean = new DashboardBean();
    assertEquals(List.of("BINDING"), bean.getShownColumns());
    assertEquals("tk-hide-CHARGEBACK tk-hide-ALLOCATION", bean.getHiddenColumnsClass());
  }

  @Test
  void theChoiceHidesTheOthersInTheTablesOrder() {
    DashboardBean bean = new DashboardBean();
    bean.setShownColumns(List.of("ALLOCATION", "CHARGEBACK"));
    assertEquals(List.of("CHARGEBACK", "ALLOCATION"), bean.getShownColumns());
    assertEquals("tk-hide-BINDING", bean.getHiddenColumnsClass());
    bean.setShownColumns(List.of("CHARGEBACK", "ALLOCATION", "BINDING"));
    assertEquals("", bean.getHiddenColumnsClass());
  }

  @Test
  void nothingChosenOrUnknownValuesHideEveryModel() {
    DashboardBean bean = new DashboardBean();
    bean.setShownColumns(Arrays.asList("PRICE", null));
    assertEquals(List.of(), bean.getShownColumns());
    assertEquals("tk-hide-CHARGEBACK tk-hide-ALLOCATION tk-hide-BINDING", bean.getHiddenColumnsClass());
    bean.setShownColumns(null);
    assertEquals("tk-hide-CHARGEBACK tk-hide-ALLOCATION tk-hide-BINDING", bean.getHiddenColumnsClass());
  }
}
