package se.tjanstekatalog.catalogue.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import se.tjanstekatalog.catalogue.entity.PriceList;
import se.tjanstekatalog.catalogue.entity.PriceListLine;
import se.tjanstekatalog.shared.Amount;

/**
 * The price book: the catalogue's one owner of prices, in plain Java and one SQL query.
 *
 * <p><b>In force.</b> A price list covers a range of months, at most one list a month; within
 * it a level can have several lines, each from a month. The price in force for a level in a
 * month is the covering list's line with the newest {@code valid_from} not after the month,
 * so a decided price change (a line from its month) leaves the months before it unchanged.
 * {@link #inForce(Collection, YearMonth, Function, Function)} is that rule over lines in memory
 * (the entities a decision changes); {@link #table(Scope)} is the same rule as SQL, read
 * by {@link #pricesIn(Connection, YearMonth, Scope)} and joined by callers that sum in SQL.
 *
 * <p><b>Which lists.</b> {@link Scope#PUBLISHED} is what is charged: costing reads only
 * published lists. {@link Scope#ALL} includes a draft list: the catalogue shows it (marked as
 * a draft), and imports and the month's overview value consumption with it.
 *
 * <p><b>Making a price.</b> The charged price of a line is its cost × (1 + the list's markup),
 * HALF_UP to öre once, and stored with the line, so what was shown is what is charged; next
 * year's cost is indexed the same way. Two lists may not share a month.
 */
public final class PriceBook {
  /** Which price lists count. */
  public enum Scope {
    /** Published lists only: what is charged (costing). */
    PUBLISHED,
    /** Published and draft lists (the catalogue, imports, the month's overview). */
    ALL
  }

  /** A level's charged and cost price in force in a month. */
  public record Price(Amount chargedPrice, Amount costPrice) {}

  /** How many parameters {@link #table(Scope)} has; {@link #bind} sets them. */
  public static final int TABLE_PARAMETERS = 3;

  private static final String LINES = "SELECT l.level_id, l.charged_price, l.cost_price"
      + " FROM price_list_line l JOIN price_list pl ON pl.id = l.price_list_id WHERE ";
  private static final String PUBLISHED = "pl.status = 'PUBLISHED' AND ";
  private static final String IN_FORCE = "pl.valid_from <= ? AND pl.valid_to >= ?"
      + " AND l.valid_from = ( SELECT MAX(l2.valid_from) FROM price_list_line l2"
      + " WHERE l2.price_list_id = l.price_list_id AND l2.level_id = l.level_id"
      + " AND l2.valid_from <= ?)";

  private PriceBook() {}

  /**
   * The prices in force in a month as a query with the columns {@code level_id},
   * {@code charged_price} and {@code cost_price}, one row per priced level: read as it is or
   * joined as a derived table ({@code LEFT JOIN (...) p ON p.level_id = ...}). Its
   * {@value #TABLE_PARAMETERS} parameters are the month: set them with {@link #bind}.
   */
  public static String table(Scope scope) {
    return LINES + (scope == Scope.PUBLISHED ? PUBLISHED : "") + IN_FORCE;
  }

  /**
   * Sets the parameters of one {@link #table(Scope)} in {@code ps} from {@code index} to
   * {@code month}; returns the index of the statement's next parameter.
   */
  public static int bind(PreparedStatement ps, int index, YearMonth month) throws SQLException {
    Date first = Date.valueOf(month.atDay(1));
    for (int i = 0; i < TABLE_PARAMETERS; i++) {
      ps.setDate(index + i, first);
    }
    return index + TABLE_PARAMETERS;
  }

  /** Each priced level's charged and cost price in force in {@code month}, by level id. */
  public static Map<Long, Price> pricesIn(Connection c, YearMonth month, Scope scope)
      throws SQLException {
    Map<Long, Price> byLevel = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(table(scope))) {
      bind(ps, 1, month);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byLevel.put(rs.getLong(1),
              new Price(new Amount(rs.getBigDecimal(2)), new Amount(rs.getBigDecimal(3))));
        }
      }
    }
    return byLevel;
  }

  /**
   * The rule in memory: of the lines of one price list (the one covering {@code month}), each
   * level's line with the newest start not after the month; of two lines of a level with the
   * same start, the later in {@code lines}. By level id, in the order the levels first appear.
   */
  public static <L> Map<Long, L> inForce(Collection<L> lines, YearMonth month,
      Function<L, Long> levelId, Function<L, YearMonth> validFrom) {
    Map<Long, L> byLevel = new LinkedHashMap<>();
    for (L line : lines) {
      YearMonth from = validFrom.apply(line);
      if (from.isAfter(month)) {
        continue;
      }
      byLevel.merge(levelId.apply(line), line,
          (known, other) -> validFrom.apply(other).isBefore(validFrom.apply(known))
              ? known : other);
    }
    return byLevel;
  }

  /** The line in force for each level of {@code list} in {@code month}, by level id. */
  public static Map<Long, PriceListLine> inForce(PriceList list, YearMonth month) {
    return inForce(list.getLines(), month, line -> line.getLevel().getId(),
        PriceListLine::getValidFrom);
  }

  /** The charged price of a line: 250,00 kr with 2 % markup → 255,00 kr. */
  public static Amount chargedPrice(Amount costPrice, BigDecimal markupPercent) {
    return costPrice.raisedBy(markupPercent);
  }

  /** A cost price raised by an index, e.g. +3,1 % for next year's draft, HALF_UP to öre. */
  public static Amount indexed(Amount costPrice, BigDecimal indexPercent) {
    return chargedPrice(costPrice, indexPercent);
  }

  /** Whether two month ranges (both ends included) share a month: two lists may not. */
  public static boolean overlaps(YearMonth from1, YearMonth to1, YearMonth from2,
      YearMonth to2) {
    return !from1.isAfter(to2) && !from2.isAfter(to1);
  }
}
