package se.tjanstekatalog.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.tjanstekatalog.security.domain.GroupRoles.AmbiguousOrg;
import se.tjanstekatalog.security.domain.GroupRoles.Granted;
import se.tjanstekatalog.security.domain.GroupRoles.Mapping;
import se.tjanstekatalog.security.domain.GroupRoles.NoMappedGroup;
import se.tjanstekatalog.shared.Role;

class GroupRolesTest {
  private static final long GSF = 7;
  private static final long BUN = 8;
  private static final List<Mapping> MAPPINGS = List.of(
      new Mapping("gsf-lasare", Role.VIEWER, GSF),
      new Mapping("gsf-ekonomi", Role.ORG_FINANCE, GSF),
      new Mapping("bun-ekonomi", Role.ORG_FINANCE, BUN),
      new Mapping("bun-lasare", Role.VIEWER, BUN),
      new Mapping("it-controller", Role.IT_CONTROLLER, null),
      new Mapping("tk-admin", Role.ADMIN, null));

  @Test
  void oneMappedGroupGivesItsRoleAndOrg() {
    assertEquals(new Granted(Role.ORG_FINANCE, GSF, Set.of("gsf-ekonomi")),
        GroupRoles.of(List.of("gsf-ekonomi"), MAPPINGS));
  }

  @Test
  void groupsThatAreNotMappedAreIgnored() {
    assertEquals(new Granted(Role.VIEWER, BUN, Set.of("bun-lasare")),
        GroupRoles.of(List.of("alla-anstallda", "bun-lasare", "vpn"), MAPPINGS));
  }

  @Test
  void theHighestRoleWinsWhateverTheOrderOfTheGroups() {
    assertEquals(new Granted(Role.ORG_FINANCE, GSF, Set.of("gsf-ekonomi")),
        GroupRoles.of(List.of("bun-lasare", "gsf-ekonomi"), MAPPINGS),
        "ORG_FINANCE for GSF beats VIEWER for BUN: the org comes with the winning role");
    assertEquals(new Granted(Role.IT_CONTROLLER, null, Set.of("it-controller")),
        GroupRoles.of(List.of("it-controller", "gsf-ekonomi"), MAPPINGS));
    assertEquals(new Granted(Role.ADMIN, null, Set.of("tk-admin")),
        GroupRoles.of(List.of("gsf-lasare", "tk-admin", "it-controller"), MAPPINGS));
  }

  @Test
  void theRankIsWrittenOutNotTakenFromTheEnumOrder() {
    assertEquals(List.of(Role.VIEWER, Role.ORG_FINANCE, Role.IT_CONTROLLER, Role.ADMIN),
        GroupRoles.RANK);
    assertEquals(Set.of(Role.values()), Set.copyOf(GroupRoles.RANK));
  }

  @Test
  void twoGroupsGivingTheSameRoleAndOrgAgree() {
    List<Mapping> withSynonym = new java.util.ArrayList<>(MAPPINGS);
    withSynonym.add(new Mapping("GSF Ekonomi (gammal)", Role.ORG_FINANCE, GSF));
    assertEquals(new Granted(Role.ORG_FINANCE, GSF, Set.of("GSF Ekonomi (gammal)", "gsf-ekonomi")),
        GroupRoles.of(List.of("gsf-ekonomi", "GSF Ekonomi (gammal)"), withSynonym));
  }

  @Test
  void theWinningRoleForTwoOrgsIsRefusedAsAmbiguous() {
    assertEquals(new AmbiguousOrg(Role.ORG_FINANCE, Set.of("bun-ekonomi", "gsf-ekonomi")),
        GroupRoles.of(List.of("gsf-ekonomi", "bun-ekonomi"), MAPPINGS));
  }

  @Test
  void aHigherRoleWithoutOrgSettlesTwoOrgsBelowIt() {
    assertEquals(new Granted(Role.IT_CONTROLLER, null, Set.of("it-controller")),
        GroupRoles.of(List.of("gsf-ekonomi", "bun-ekonomi", "it-controller"), MAPPINGS));
  }

  @Test
  void noMappedGroupIsRefused() {
    assertEquals(new NoMappedGroup(), GroupRoles.of(List.of("alla-anstallda"), MAPPINGS));
    assertEquals(new NoMappedGroup(), GroupRoles.of(List.of(), MAPPINGS));
    assertEquals(new NoMappedGroup(), GroupRoles.of(List.of("gsf-ekonomi"), List.of()));
  }

  @Test
  void groupNamesAreComparedExactly() {
    assertEquals(new NoMappedGroup(), GroupRoles.of(List.of("GSF-EKONOMI", " gsf-ekonomi"),
        MAPPINGS));
  }
}
