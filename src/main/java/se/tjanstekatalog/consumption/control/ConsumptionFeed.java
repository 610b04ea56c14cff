package se.tjanstekatalog.consumption.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.ImportChannel;

/**
 * Consumption sent by feeds and scripts ({@code POST /api/v1/consumption}): which source the
 * import replaces by, idempotency, and the receipt the caller gets back. The import itself is
 * {@link ImportService#store}: the same checks and all-or-nothing rule as a file upload.
 *
 * <p>A feed (a caller with an API token) always imports under its own name as source, so one
 * feed can never replace another's (or a file's) consumption. IT_CONTROLLER may name any
 * source; without one it is {@value #DEFAULT_SOURCE}.
 *
 * <p>Two ways to send the same thing twice safely: with an {@code Idempotency-Key} the repeat
 * stores nothing and gets the first import's receipt; without one, a new import of the same
 * source and month replaces the earlier one (that is the import's own rule).
 *
 * <p>No transaction here: each import runs in its own ({@link ImportService#store} starts
 * it), so when two requests race with the same key, the loser's transaction fails on the
 * key's unique index and this method can still answer with the winner's import.
 */
@Stateless
@RolesAllowed({Role.IT_CONTROLLER_NAME, Role.FEED_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsumptionFeed {
  static final String DEFAULT_SOURCE = "api";
  static final int MAX_KEY = 120;
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY + "}");
  private static final String KEY_INDEX = "uq_import_batch_idempotency";

  @Inject @TenantDatabase DataSource dataSource;

  @Resource SessionContext context;
  @Inject ImportService imports;

  /**
   * What came in: the rows, a name for the import history, the SHA-256 of the body, and what
   * the caller asked for (a source, an idempotency key; both may be null).
   */
  public record Delivery(RowSource rows, String fileName, String checksum, String source,
      String idempotencyKey) {}

  /**
   * A stored import as the caller is told about it; {@code repeated} when an earlier request
   * with the same idempotency key stored it. Amounts at the month's charged prices.
   */
  public record Receipt(long batchId, String status, boolean repeated, String source,
      YearMonth period, long rows, BigDecimal totalAmount, String importedBy,
      Instant importedAt, List<Long> replaced, List<ImportReport.OrgTotal> orgTotals) {}

  /**
   * Imports the delivery, or returns the import an earlier request with the same key made.
   *
   * @throws ImportRejected when a row is wrong; nothing is saved
   * @throws ConflictException when the key belongs to another caller or another body
   */
  public Receipt receive(Delivery delivery) {
    String caller = ImportBatches.truncate(context.getCallerPrincipal().getName(), 60);
    String source = source(caller, delivery.source());
    String key = key(delivery.idempotencyKey());
    if (key != null) {
      Optional<Receipt> earlier = earlier(key, caller, delivery.checksum());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    ImportSource from = new ImportSource(ImportKind.CONSUMPTION, ImportChannel.FEED, source,
        delivery.fileName(), delivery.checksum(), caller, key);
    ImportReport report;
    try {
      report = imports.store(delivery.rows(), from, ImportProgress.none());
    } catch (EJBException e) {
      if (key != null && duplicateKey(e)) {
        return earlier(key, caller, delivery.checksum()).orElseThrow(() -> e);
      }
      throw e;
    }
    return read(report.storedBatchId(), report.orgTotals());
  }

  private String source(String caller, String requested) {
    String wanted = requested == null || requested.isBlank() ? null : requested.strip();
    if (context.isCallerInRole(Role.FEED_NAME)) {
      String feed = caller.substring(Role.FEED_CALLER_PREFIX.length());
      if (wanted != null && !wanted.equals(feed)) {
        throw new RuleViolationException(new Violation("source", "feed.error.source", feed));
      }
      return feed;
    }
    return wanted == null ? DEFAULT_SOURCE : wanted;
  }

  private static String key(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (!KEY.matcher(key.strip()).matches()) {
      throw new RuleViolationException(new Violation("Idempotency-Key", "feed.error.key",
          MAX_KEY));
    }
    return key.strip();
  }

  /**
   * The import stored under this key, if any. The key must have been the same caller's, for
   * the same body: anything else is a mistake the caller should hear about, not a repeat.
   */
  private Optional<Receipt> earlier(String key, String caller, String checksum) {
    try (Connection c = dataSource.getConnection()) {
      Optional<Batch> batch = batch(c, "idempotency_key = ?", key);
      if (batch.isEmpty()) {
        return Optional.empty();
      }
      Batch b = batch.get();
      if (!caller.equals(b.importedBy()) || !"CONSUMPTION".equals(b.kind())) {
        throw new ConflictException("feed.error.keyTaken", key);
      }
      if (checksum != null && !checksum.equals(b.checksum())) {
        throw new ConflictException("feed.error.keyOtherBody", key, b.id());
      }
      return Optional.of(receipt(c, b, true, orgTotals(c, b)));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the import history", e);
    }
  }

  /**
   * The receipt of an import just stored. Its totals per org are the ones the import counted
   * while checking the rows (the same rule as {@link #orgTotals}): summing a million stored
   * rows again would take the database seconds.
   */
  private Receipt read(long batchId, List<ImportReport.OrgTotal> orgTotals) {
    try (Connection c = dataSource.getConnection()) {
      Batch b = batch(c, "id = ?", batchId).orElseThrow();
      return receipt(c, b, false, orgTotals);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read import #" + batchId, e);
    }
  }

  private record Batch(long id, String kind, String source, YearMonth period, long rows,
      String status, String importedBy, Instant importedAt, BigDecimal totalAmount,
      String checksum) {}

  private static Optional<Batch> batch(Connection c, String where, Object value)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, source, period_from,"
        + " row_count, status, imported_by, imported_at, total_amount, checksum"
        + " FROM import_batch WHERE " + where)) {
      ps.setObject(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp at = rs.getTimestamp(8);
        return Optional.of(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
            YearMonth.from(rs.getDate(4).toLocalDate()), rs.getLong(5), rs.getString(6),
            rs.getString(7), at == null ? null : at.toInstant(), rs.getBigDecimal(9),
            rs.getString(10)));
      }
    }
  }

  private static Receipt receipt(Connection c, Batch b, boolean repeated,
      List<ImportReport.OrgTotal> orgTotals) throws SQLException {
    List<Long> replaced = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM import_batch WHERE replaced_by = ? ORDER BY id")) {
      ps.setLong(1, b.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          replaced.add(rs.getLong(1));
        }
      }
    }
    return new Receipt(b.id(), b.status(), repeated, b.source(), b.period(), b.rows(),
        b.totalAmount(), b.importedBy(), b.importedAt(), replaced, orgTotals);
  }

  /**
   * Rows and value per org of a stored import (for a repeat), valued as the import values them: each row's quantity × the
   * month's charged price, rounded HALF_UP to öre per row. Rows are grouped by org, level and
   * quantity first, so a big import is summed by the database, not read row by row.
   */
  private static List<ImportReport.OrgTotal> orgTotals(Connection c, Batch b)
      throws SQLException {
    ReferenceData ref = ReferenceData.load(c);
    Map<Long, BigDecimal> prices = ref.prices(b.period());
    Map<Long, long[]> rowsAndOre = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT org_id, level_id, quantity, SUM(n)"
        + " FROM " + ConsumptionRowGroups.of("ib.id = ?") + " c"
        + " GROUP BY org_id, level_id, quantity")) {
      ConsumptionRowGroups.bind(ps, 1, b.period(), (p, i) -> {
        p.setLong(i, b.id());
        return i + 1;
      });
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long[] totals = rowsAndOre.computeIfAbsent(rs.getLong(1), k -> new long[2]);
          long count = rs.getLong(4);
          totals[0] += count;
          BigDecimal price = prices.get(rs.getLong(2));
          if (price != null) {
            BigDecimal line = Amount.line(rs.getBigDecimal(3), price).value();
            totals[1] += line.unscaledValue().longValueExact() * count;
          }
        }
      }
    }
    List<ImportReport.OrgTotal> result = new ArrayList<>();
    rowsAndOre.forEach((orgId, totals) -> {
      ReferenceData.Org org = ref.org(orgId);
      result.add(new ImportReport.OrgTotal(org.code(), org.name(), totals[0],
          BigDecimal.valueOf(totals[1], 2)));
    });
    result.sort(Comparator.comparing(ImportReport.OrgTotal::code));
    return result;
  }

  /** Whether the import failed on the idempotency key's unique index (a lost race). */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getMessage() != null
          && sql.getMessage().contains(KEY_INDEX)) {
        return true;
      }
    }
    return false;
  }
}
