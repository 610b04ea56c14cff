package se.tjanstekatalog.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import se.tjanstekatalog.shared.Role;

/**
 * The rule that turns a single sign-on user's IdP groups into the portal's one role and org
 * (ADR 0009), applied at each login:
 *
 * <ol>
 *   <li>only the groups an ADMIN mapped count; the others are ignored;
 *   <li>the highest role among them wins: ADMIN over IT_CONTROLLER over ORG_FINANCE over VIEWER;
 *   <li>the org is the one mapped to that role (VIEWER and ORG_FINANCE always have one, the
 *       other roles none); when the user's groups give the winning role for two different orgs,
 *       the login is refused as ambiguous rather than an org picked at random;
 *   <li>no mapped group: refused.
 * </ol>
 */
public final class GroupRoles {
  /** Lowest to highest: the later wins. Written out, not the enum's declaration order. */
  static final List<Role> RANK =
      List.of(Role.VIEWER, Role.ORG_FINANCE, Role.IT_CONTROLLER, Role.ADMIN);

  private GroupRoles() {}

  /** One kept mapping: an IdP group, the role it gives and its org (id), or null. */
  public record Mapping(String group, Role role, Long orgId) {
    public Mapping {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(role, "role");
    }
  }

  /** What the groups give. */
  public sealed interface Outcome permits Granted, NoMappedGroup, AmbiguousOrg {}

  /** The role and org (null for roles without one), and the mapped groups that gave them. */
  public record Granted(Role role, Long orgId, Set<String> groups) implements Outcome {}

  /** None of the user's groups is mapped. */
  public record NoMappedGroup() implements Outcome {}

  /** The winning role comes with more than one org; the groups that say so. */
  public record AmbiguousOrg(Role role, Set<String> groups) implements Outcome {}

  public static Outcome of(Collection<String> userGroups, Collection<Mapping> mappings) {
    Set<String> groups = Set.copyOf(userGroups);
    List<Mapping> mine = mappings.stream().filter(m -> groups.contains(m.group())).toList();
    if (mine.isEmpty()) {
      return new NoMappedGroup();
    }
    Role top = mine.stream().map(Mapping::role)
        .max(java.util.Comparator.comparingInt(RANK::indexOf)).orElseThrow();
    List<Mapping> winning = mine.stream().filter(m -> m.role() == top).toList();
    Set<String> names = new TreeSet<>(winning.stream().map(Mapping::group).toList());
    Set<Long> orgs = new TreeSet<>(winning.stream().map(Mapping::orgId)
        .filter(Objects::nonNull).toList());
    if (!top.requiresOrg()) {
      return new Granted(top, null, names);
    }
    if (orgs.size() != 1) {
      return new AmbiguousOrg(top, names);
    }
    return new Granted(top, orgs.iterator().next(), names);
  }
}
