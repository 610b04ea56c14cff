package se.tjanstekatalog.consumption.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.tjanstekatalog.consumption.entity.FocusMappingRepository;
import se.tjanstekatalog.platform.tenancy.TenantDatabase;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.ImportReport;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.ImportKind;
import se.tjanstekatalog.shared.imports.ImportSource;
import se.tjanstekatalog.shared.imports.ImportChannel;

/**
 * FOCUS bills through the mappings into consumption and pool costs, converted to SEK with
 * the month's exchange rates ({@link ExchangeRateService}) where the bill is in another
 * currency. {@link #preview} reads
 * the bill with today's mappings and lets {@link ImportService} check both parts without
 * saving. {@link #store} does it all again and saves both parts in this one transaction
 * ({@link ImportService#store} joins it): if either part is refused, neither is kept.
 *
 * <p>Unmapped rows are never stored. The preview lists them with their cost; storing
 * requires the caller to confirm the number of unmapped rows and their total cost it was
 * shown, and is refused if the bill or the mappings now give different figures. The rest of
 * the bill is stored and the unmapped remainder written to the log. To bring those rows in
 * later, add the missing mappings and import the bill again: it replaces the earlier import
 * of the same billing account and month.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class FocusImportService {
  private static final Logger LOG = Logger.getLogger(FocusImportService.class.getName());

  @Inject FocusMappingRepository mappings;
  @Inject ImportService imports;
  @Inject ExchangeRateService exchangeRates;
  @Inject CurrentCaller caller;

  @Inject @TenantDatabase DataSource dataSource;

  /**
   * A previewed bill: what the mappings made of it, and the consumption and pool-cost
   * imports' own reports (null where the bill gives no such rows).
   */
  public record FocusPreview(FocusResult focus, ImportReport consumption,
      ImportReport poolCost) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Nothing stops storing: no problems anywhere and something to store. */
    public boolean storable() {
      return focus.valid() && focus.hasMapped()
          && (consumption == null || consumption.valid())
          && (poolCost == null || poolCost.valid());
    }

    /** Every problem of the bill and of both parts, in that order. */
    public List<ImportProblem> problems() {
      List<ImportProblem> all = new ArrayList<>(focus.problems());
      if (consumption != null) {
        all.addAll(consumption.problems());
      }
      if (poolCost != null) {
        all.addAll(poolCost.problems());
      }
      return all;
    }

    public long problemCount() {
      return focus.problemCount() + (consumption == null ? 0 : consumption.problemCount())
          + (poolCost == null ? 0 : poolCost.problemCount());
    }

    /** Per org: rows and bill cost of its consumption, and its value at the month's prices. */
    public List<OrgLine> orgLines() {
      Map<String, ImportReport.OrgTotal> totals = new LinkedHashMap<>();
      if (consumption != null) {
        consumption.orgTotals().forEach(t -> totals.put(t.code(), t));
      }
      List<OrgLine> lines = new ArrayList<>();
      for (FocusResult.OrgCost cost : focus.orgCosts()) {
        ImportReport.OrgTotal total = totals.get(cost.orgCode());
        lines.add(new OrgLine(cost.orgCode(), total == null ? "" : total.name(), cost.rows(),
            cost.cost(), total == null ? null : total.amount()));
      }
      return lines;
    }

    /** Per pool: the month's cost from the bill, with the pool's name where known. */
    public List<PoolLine> poolLines() {
      Map<String, String> names = new LinkedHashMap<>();
      if (poolCost != null) {
        poolCost.lineTotals().forEach(t -> names.put(t.code(), t.name()));
      }
      return focus.poolRows().stream().map(r -> new PoolLine(r.poolCode(),
          names.getOrDefault(r.poolCode(), ""), r.rows(), r.amount(), r.note())).toList();
    }

    /** The earlier imports a store would replace (same billing account and month). */
    public List<ImportReport.BatchRef> replaces() {
      List<ImportReport.BatchRef> all = new ArrayList<>();
      if (consumption != null) {
        all.addAll(consumption.replaces());
      }
      if (poolCost != null) {
        all.addAll(poolCost.replaces());
      }
      return all;
    }
  }

  /** One org's part of the bill. {@code value} is quantity × the month's charged prices. */
  public record OrgLine(String code, String name, long rows, BigDecimal billCost,
      BigDecimal value) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One pool's part of the bill. */
  public record PoolLine(String code, String name, long rows, BigDecimal amount, String note)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A stored bill: both parts' reports with their batch ids (null where nothing). */
  public record FocusStored(FocusResult focus, ImportReport consumption, ImportReport poolCost)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Long consumptionBatchId() {
      return consumption == null ? null : consumption.storedBatchId();
    }

    public Long poolCostBatchId() {
      return poolCost == null ? null : poolCost.storedBatchId();
    }
  }

  public FocusPreview preview(Path file, String fileName) {
    FocusResult focus = read(file, fileName);
    String checksum = checksum(file);
    ImportReport consumption = focus.consumptionRows().isEmpty() ? null
        : imports.preview(focus.consumptionSource(),
            source(ImportKind.CONSUMPTION, focus, checksum), ImportProgress.none());
    ImportReport pools = focus.poolRows().isEmpty() ? null
        : imports.preview(focus.poolCostSource(), source(ImportKind.POOL_COST, focus, checksum),
            ImportProgress.none());
    return new FocusPreview(focus, consumption, pools);
  }

  /**
   * Stores the bill's consumption and pool costs, all or nothing.
   *
   * @param unmappedRows the number of unmapped rows the user was shown and accepts
   * @param unmappedCost their total cost as shown
   * @throws ImportRejected if either part has problems (nothing is kept)
   * @throws RuleViolationException if the bill has problems, maps nothing, or its unmapped
   *     rows are no longer those the user accepted
   */
  public FocusStored store(Path file, String fileName, long unmappedRows,
      BigDecimal unmappedCost) {
    FocusResult focus = read(file, fileName);
    if (!focus.valid()) {
      throw new RuleViolationException(focus.problems().stream()
          .map(p -> new Violation(p.column(), "focus.error.problem", p.row(), p.column(),
              p.reason()))
          .toList());
    }
    if (!focus.hasMapped()) {
      throw new RuleViolationException(new Violation("", "focus.error.nothingMapped"));
    }
    if (focus.unmappedRows() != unmappedRows
        || focus.unmappedCost().compareTo(unmappedCost) != 0) {
      throw new RuleViolationException(new Violation("", "focus.error.changed",
          focus.unmappedRows(), focus.unmappedCost()));
    }
    String checksum = checksum(file);
    ImportReport consumption = focus.consumptionRows().isEmpty() ? null
        : imports.store(focus.consumptionSource(),
            source(ImportKind.CONSUMPTION, focus, checksum), ImportProgress.none());
    ImportReport pools = focus.poolRows().isEmpty() ? null
        : imports.store(focus.poolCostSource(), source(ImportKind.POOL_COST, focus, checksum),
            ImportProgress.none());
    LOG.info(() -> "FOCUS bill '" + fileName + "' " + focus.period() + " by " + caller.name()
        + ": consumption batch " + (consumption == null ? "-" : consumption.storedBatchId())
        + ", pool cost batch " + (pools == null ? "-" : pools.storedBatchId())
        + "; not stored: " + focus.unmappedRows() + " unmapped rows, "
        + focus.unmappedCost().toPlainString() + " " + FocusImport.CURRENCY);
    return new FocusStored(focus, consumption, pools);
  }

  private FocusResult read(Path file, String fileName) {
    List<FocusRule> rules;
    try (Connection c = dataSource.getConnection()) {
      rules = FocusMappingService.rules(mappings.all(), ReferenceData.load(c));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the FOCUS mappings", e);
    }
    try {
      return new FocusImport(rules, exchangeRates.rates()).read(TabularFile.open(file),
          fileName, n -> { });
    } catch (IOException e) {
      LOG.info(() -> "Unreadable FOCUS file '" + fileName + "': " + e);
      throw UnreadableFile.refusal(e);
    }
  }

  private ImportSource source(ImportKind kind, FocusResult focus, String checksum) {
    return new ImportSource(kind, ImportChannel.FOCUS, focus.source(), focus.fileName(),
        checksum, caller.name(), null);
  }

  private static String checksum(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      LOG.info(() -> "Unreadable FOCUS file: " + e);
      throw new RuleViolationException(new Violation("", "import.problem.unreadable.short"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
