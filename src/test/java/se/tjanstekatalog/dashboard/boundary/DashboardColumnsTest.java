package se.tjanstekatalog.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's column chooser: which models' columns the organisations' table renders. */
class DashboardColumnsTest {

  @Test
  void opensWithTheBindingModelOnly() {
    DashboardBean bean = new DashboardBean();
    assertEquals(List.of("BINDING"), bean.getShownColumns());
    assertTrue(bean.isShowBinding());
    assertEquals(List.of(), bean.getShownModels());
    assertEquals(7, DashboardOrgTable.columnCount(bean.getShownColumns()));
  }

  @Test
  void theChoiceIsKeptInTheTablesOrder() {
    DashboardBean bean = new DashboardBean();
    bean.setShownColumns(List.of("ALLOCATION", "CHARGEBACK"));
    assertEquals(List.of("CHARGEBACK", "ALLOCATION"), bean.getShownColumns());
    assertEquals(List.of("CHARGEBACK", "ALLOCATION"), bean.getShownModels());
    assertFalse(bean.isShowBinding());
    assertEquals(14, DashboardOrgTable.columnCount(bean.getShownColumns()));
    bean.setShownColumns(List.of("CHARGEBACK", "ALLOCATION", "BINDING"));
    assertEquals(17, DashboardOrgTable.columnCount(bean.getShownColumns()));
  }

  @Test
  void nothingChosenOrUnknownValuesShowNoModel() {
    DashboardBean bean = new DashboardBean();
    bean.setShownColumns(Arrays.asList("PRICE", null));
    assertEquals(List.of(), bean.getShownColumns());
    assertEquals(4, DashboardOrgTable.columnCount(bean.getShownColumns()));
    bean.setShownColumns(null);
    assertEquals(List.of(), bean.getShownColumns());
    assertEquals(4, DashboardOrgTable.columnCount(bean.getShownColumns()));
  }
}
