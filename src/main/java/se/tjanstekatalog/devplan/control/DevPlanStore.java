package se.tjanstekatalog.devplan.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.tjanstekatalog.devplan.domain.Financing;
import se.tjanstekatalog.devplan.domain.Initiative;
import se.tjanstekatalog.devplan.domain.Initiative.Benefit;
import se.tjanstekatalog.devplan.domain.Initiative.Budget;
import se.tjanstekatalog.devplan.domain.Initiative.Cost;
import se.tjanstekatalog.devplan.domain.Initiative.Decision;
import se.tjanstekatalog.devplan.domain.Initiative.Org;
import se.tjanstekatalog.devplan.domain.Initiative.Status;
import se.tjanstekatalog.devplan.domain.InitiativeStatus;
import se.tjanstekatalog.devplan.domain.Quarter;
import se.tjanstekatalog.platform.ResultColumns;
import se.tjanstekatalog.shared.Amount;

/**
 * The utvecklingsplan's tables (changeset 0022) in plain JDBC on the caller's connection: the
 * plan of a year, its initiatives with their orgs, budgets, statuses, manual costs and benefits,
 * and the writes the controller makes. Used by {@link DevelopmentPlanService} and the demo.
 */
public final class DevPlanStore {
  private DevPlanStore() {}

  /** A plan's own row. */
  public record PlanRow(long id, int year, Amount frame, Amount requested, String decision) {}

  /** An initiative's own fields as saved; {@code serviceId} null for none. */
  public record InitiativeRow(String name, String goal, String owner, Decision decision,
      Long serviceId, List<Long> orgIds, List<Budget> budgets) {}

  /** An initiative's row before the ledger's billed amount is added. */
  public record Stored(Initiative initiative, Long serviceId) {}

  public static Optional<PlanRow> plan(Connection c, int year) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, plan_year, frame, requested,"
        + " decision FROM dev_plan WHERE plan_year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new PlanRow(rs.getLong(1), rs.getInt(2),
            Amount.of(rs.getBigDecimal(3)), Amount.of(rs.getBigDecimal(4)), rs.getString(5)))
            : Optional.empty();
      }
    }
  }

  /** Every year with a plan, oldest first. */
  public static List<Integer> years(Connection c) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT plan_year FROM dev_plan ORDER BY plan_year"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  /** Creates or changes the year's plan; returns its id. */
  public static long savePlan(Connection c, int year, Amount frame, Amount requested,
      String decision, String by) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_plan (plan_year, frame,"
        + " requested, decision, changed_by) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " frame = VALUES(frame), requested = VALUES(requested), decision = VALUES(decision),"
        + " changed_by = VALUES(changed_by), changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setInt(1, year);
      ps.setBigDecimal(2, frame.value());
      ps.setBigDecimal(3, requested.value());
      ps.setString(4, decision);
      ps.setString(5, by);
      ps.executeUpdate();
    }
    return plan(c, year).orElseThrow().id();
  }

  /**
   * The ids of a plan's initiatives (one parameter: the plan's id): those decided in it, and
   * those of an earlier year's plan that have a budget row of its year (a multi-year
   * initiative continues in each year it has a budget for).
   */
  private static final String PLAN_INITIATIVES = "SELECT ci.id FROM dev_initiative ci"
      + " JOIN dev_plan cp ON cp.id = ci.plan_id JOIN dev_plan me ON me.id = ?"
      + " WHERE cp.id = me.id OR (cp.plan_year < me.plan_year AND EXISTS (SELECT 1"
      + " FROM dev_initiative_budget cb WHERE cb.initiative_id = ci.id"
      + " AND cb.budget_year = me.plan_year))";

  /**
   * The plan's initiatives (its own and those continuing from earlier plans, see
   * {@link #PLAN_INITIATIVES}), earlier plans' first, then by name, with everything but the
   * billed amount.
   */
  public static List<Stored> initiatives(Connection c, long planId) throws SQLException {
    Map<Long, Object[]> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.name, i.goal, i.owner,"
        + " i.decision_body, i.decision_date, i.decision_paragraph, i.service_id, s.code,"
        + " p.plan_year FROM dev_initiative i JOIN dev_plan p ON p.id = i.plan_id"
        + " LEFT JOIN service s ON s.id = i.service_id"
        + " WHERE i.id IN (" + PLAN_INITIATIVES + ") ORDER BY p.plan_year, i.name")) {
      ps.setLong(1, planId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3),
              rs.getString(4), new Decision(rs.getString(5), rs.getDate(6).toLocalDate(),
                  rs.getString(7)), ResultColumns.nullableLong(rs, 8), rs.getString(9),
              rs.getInt(10)});
        }
      }
    }
    Map<Long, List<Org>> orgs = new HashMap<>();
    Map<Long, List<Budget>> budgets = new HashMap<>();
    Map<Long, List<Status>> statuses = new HashMap<>();
    Map<Long, List<Cost>> costs = new HashMap<>();
    Map<Long, List<Benefit>> benefits = new HashMap<>();
    String of = " WHERE x.initiative_id IN (" + PLAN_INITIATIVES + ")";
    query(c, "SELECT x.initiative_id, o.id, o.code, o.name FROM dev_initiative_org x"
        + " JOIN org_unit o ON o.id = x.org_id" + of + " ORDER BY o.code", planId, rs ->
        orgs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Org(rs.getLong(2), rs.getString(3), rs.getString(4))));
    query(c, "SELECT x.initiative_id, x.budget_year, x.financing, x.amount"
        + " FROM dev_initiative_budget x" + of + " ORDER BY x.budget_year, x.financing", planId,
        rs -> budgets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Budget(
            rs.getInt(2), Financing.valueOf(rs.getString(3)), Amount.of(rs.getBigDecimal(4)))));
    query(c, "SELECT x.initiative_id, x.status_year, x.quarter, x.status, x.text, x.changed_by"
        + " FROM dev_initiative_status x" + of, planId, rs ->
        statuses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Status(
            new Quarter(rs.getInt(2), rs.getInt(3)), InitiativeStatus.valueOf(rs.getString(4)),
            rs.getString(5), rs.getString(6))));
    query(c, "SELECT x.initiative_id, x.id, x.cost_date, x.amount, x.text"
        + " FROM dev_initiative_cost x" + of + " ORDER BY x.cost_date, x.id", planId, rs ->
        costs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Cost(
            rs.getLong(2), rs.getDate(3).toLocalDate(), Amount.of(rs.getBigDecimal(4)),
            rs.getString(5))));
    query(c, "SELECT x.initiative_id, o.id, o.code, o.name, x.expected_kr, x.expected_hours,"
        + " x.realised_kr, x.realised_hours FROM dev_initiative_benefit x"
        + " JOIN org_unit o ON o.id = x.org_id" + of + " ORDER BY o.code", planId, rs ->
        benefits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Benefit(
            new Org(rs.getLong(2), rs.getString(3), rs.getString(4)),
            Amount.of(rs.getBigDecimal(5)), rs.getBigDecimal(6),
            Amount.of(rs.getBigDecimal(7)), rs.getBigDecimal(8))));
    List<Stored> out = new ArrayList<>();
    for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
      long id = e.getKey();
      Object[] r = e.getValue();
      out.add(new Stored(new Initiative(id, (Integer) r[6], (String) r[0], (String) r[1],
          (String) r[2], (Decision) r[3], orgs.getOrDefault(id, List.of()), (String) r[5],
          budgets.getOrDefault(id, List.of()), statuses.getOrDefault(id, List.of()),
          costs.getOrDefault(id, List.of()), Amount.ZERO,
          benefits.getOrDefault(id, List.of())), (Long) r[4]));
    }
    return out;
  }

  /**
   * Creates ({@code id} null) in plan {@code planId}, or changes, an initiative; its orgs and
   * budgets are replaced. A changed initiative keeps its plan, also when it is changed from a
   * later plan it continues in.
   */
  public static long saveInitiative(Connection c, long planId, Long id, InitiativeRow in,
      String by) throws SQLException {
    long saved;
    if (id == null) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_initiative (plan_id,"
          + " name, goal, owner, decision_body, decision_date, decision_paragraph, service_id,"
          + " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, planId);
        bindFields(ps, 2, in, by);
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          saved = rs.getLong(1);
        }
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement("UPDATE dev_initiative SET name = ?,"
          + " goal = ?, owner = ?, decision_body = ?, decision_date = ?, decision_paragraph = ?,"
          + " service_id = ?, changed_by = ?, changed_at = CURRENT_TIMESTAMP(3)"
          + " WHERE id = ?")) {
        // an initiative continuing from an earlier plan stays that plan's
        bindFields(ps, 1, in, by);
        ps.setLong(9, id);
        ps.executeUpdate();
      }
      saved = id;
      update(c, "DELETE FROM dev_initiative_org WHERE initiative_id = ?", saved);
      update(c, "DELETE FROM dev_initiative_budget WHERE initiative_id = ?", saved);
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO dev_initiative_org (initiative_id, org_id) VALUES (?, ?)")) {
      for (long org : in.orgIds()) {
        ps.setLong(1, saved);
        ps.setLong(2, org);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_initiative_budget"
        + " (initiative_id, budget_year, financing, amount) VALUES (?, ?, ?, ?)")) {
      for (Budget b : in.budgets()) {
        ps.setLong(1, saved);
        ps.setInt(2, b.year());
        ps.setString(3, b.financing().name());
        ps.setBigDecimal(4, b.amount().value());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return saved;
  }

  private static void bindFields(PreparedStatement ps, int i, InitiativeRow in, String by)
      throws SQLException {
    ps.setString(i, in.name());
    ps.setString(i + 1, in.goal());
    ps.setString(i + 2, in.owner());
    ps.setString(i + 3, in.decision().body());
    ps.setDate(i + 4, Date.valueOf(in.decision().date()));
    ps.setString(i + 5, in.decision().paragraph());
    ps.setObject(i + 6, in.serviceId());
    ps.setString(i + 7, by);
  }

  /** Sets (or replaces) the initiative's status of a quarter. */
  public static void saveStatus(Connection c, long initiativeId, Quarter q,
      InitiativeStatus status, String text, String by) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_initiative_status"
        + " (initiative_id, status_year, quarter, status, text, changed_by)"
        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE status = VALUES(status),"
        + " text = VALUES(text), changed_by = VALUES(changed_by),"
        + " changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setLong(1, initiativeId);
      ps.setInt(2, q.year());
      ps.setInt(3, q.quarter());
      ps.setString(4, status.name());
      ps.setString(5, text);
      ps.setString(6, by);
      ps.executeUpdate();
    }
  }

  /** Books a manual cost; returns its id. */
  public static long addCost(Connection c, long initiativeId, LocalDate date, Amount amount,
      String text, String by) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_initiative_cost"
        + " (initiative_id, cost_date, amount, text, changed_by) VALUES (?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, initiativeId);
      ps.setDate(2, Date.valueOf(date));
      ps.setBigDecimal(3, amount.value());
      ps.setString(4, text);
      ps.setString(5, by);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Removes a manual cost of the initiative; whether there was one. */
  public static boolean removeCost(Connection c, long initiativeId, long costId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM dev_initiative_cost WHERE id = ? AND initiative_id = ?")) {
      ps.setLong(1, costId);
      ps.setLong(2, initiativeId);
      return ps.executeUpdate() > 0;
    }
  }

  /** Sets (or replaces) the initiative's benefit for an org. */
  public static void saveBenefit(Connection c, long initiativeId, long orgId, Amount expectedKr,
      BigDecimal expectedHours, Amount realisedKr, BigDecimal realisedHours, String by)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dev_initiative_benefit"
        + " (initiative_id, org_id, expected_kr, expected_hours, realised_kr, realised_hours,"
        + " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
        + " expected_kr = VALUES(expected_kr), expected_hours = VALUES(expected_hours),"
        + " realised_kr = VALUES(realised_kr), realised_hours = VALUES(realised_hours),"
        + " changed_by = VALUES(changed_by), changed_at = CURRENT_TIMESTAMP(3)")) {
      ps.setLong(1, initiativeId);
      ps.setLong(2, orgId);
      ps.setBigDecimal(3, expectedKr.value());
      ps.setBigDecimal(4, expectedHours);
      ps.setBigDecimal(5, realisedKr.value());
      ps.setBigDecimal(6, realisedHours);
      ps.setString(7, by);
      ps.executeUpdate();
    }
  }

  /** Removes the initiative's benefit for an org; false when it had none. */
  public static boolean removeBenefit(Connection c, long initiativeId, long orgId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM dev_initiative_benefit WHERE initiative_id = ? AND org_id = ?")) {
      ps.setLong(1, initiativeId);
      ps.setLong(2, orgId);
      return ps.executeUpdate() > 0;
    }
  }

  /** The plan year of an initiative, if it exists. */
  public static Optional<Integer> yearOf(Connection c, long initiativeId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT p.plan_year FROM dev_initiative i"
        + " JOIN dev_plan p ON p.id = i.plan_id WHERE i.id = ?")) {
      ps.setLong(1, initiativeId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    }
  }

  /** Every org by code. */
  public static List<Org> orgs(Connection c) throws SQLException {
    List<Org> out = new ArrayList<>();
    query(c, "SELECT id, code, name FROM org_unit ORDER BY code", null,
        rs -> out.add(new Org(rs.getLong(1), rs.getString(2), rs.getString(3))));
    return out;
  }

  /** Org ids by code (upper case), for the codes that exist. */
  public static Map<String, Long> orgIds(Connection c) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    query(c, "SELECT code, id FROM org_unit", null, rs -> out.put(rs.getString(1).toUpperCase(
        java.util.Locale.ROOT), rs.getLong(2)));
    return out;
  }

  /** A service's id by its code. */
  public static Optional<Long> serviceId(Connection c, String code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM service WHERE code = ?")) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Long param, RowReader reader)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (param != null) {
        ps.setLong(1, param);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  private static void update(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }
}
