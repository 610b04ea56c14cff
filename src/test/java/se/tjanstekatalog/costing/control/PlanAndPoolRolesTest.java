package se.tjanstekatalog.costing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The services, not only the pages, decide who may change the plan and the pools: a write by
 * anyone but IT_CONTROLLER is refused by the container, whatever path calls it. (The pages
 * render no edit controls for other roles, so no request of theirs reaches these methods.)
 */
class PlanAndPoolRolesTest {

  private static Set<String> roles(Class<?> type, String method) {
    Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(method))
        .findFirst().orElseThrow();
    RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    assertNotNull(allowed, type.getSimpleName() + "." + method + " names its roles");
    return new TreeSet<>(Arrays.asList(allowed.value()));
  }

  @Test
  void onlyTheControllerChangesThePlanWhileTheCostingPagesRolesReadIt() {
    for (String write : new String[] {"add", "change", "remove"}) {
      assertEquals(Set.of("IT_CONTROLLER"), roles(ModelPlanService.class, write), write);
    }
    assertEquals(new TreeSet<>(Set.of("IT_CONTROLLER", "ORG_FINANCE", "ADMIN")),
        roles(ModelPlanService.class, "view"));
  }

  @Test
  void everyPublicPoolServiceMethodIsTheControllersAlone() {
    for (Method m : PoolService.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        assertEquals(null, m.getAnnotation(PermitAll.class), m.getName());
        assertEquals(Set.of("IT_CONTROLLER"), roles(PoolService.class, m.getName()),
            m.getName());
      }
    }
  }
}
