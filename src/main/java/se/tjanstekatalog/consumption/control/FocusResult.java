package se.tjanstekatalog.consumption.control;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.LongConsumer;
import se.tjanstekatalog.shared.Amount;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;

/**
 * What {@link FocusImport} made of a FOCUS bill: its month, the problems that stop it, the
 * consumption rows and pool costs the mapped rows give, and every row the mappings did not
 * cover, with its cost. Costs are in SEK: SEK rows summed exactly and rounded once to öre
 * here; rows in another currency converted with the month's rate and rounded per row ({@link
 * ExchangeRates}), each currency listed with its rate ({@link #currencies()}). How many rows
 * took their cost from EffectiveCost and how many from BilledCost is counted, so the page can
 * say which column was used.
 *
 * <p>Reconciliation: {@code totalCost = pooledCost + consumptionOnlyCost + unmappedCost +
 * problemCost}, so nothing in the bill disappears without being shown.
 */
public record FocusResult(
    String fileName,
    String source,
    String encoding,
    String delimiter,
    long rows,
    YearMonth period,
    List<ImportProblem> problems,
    long problemCount,
    BigDecimal totalCost,
    BigDecimal pooledCost,
    BigDecimal consumptionOnlyCost,
    BigDecimal unmappedCost,
    BigDecimal problemCost,
    List<OrgCost> orgCosts,
    List<PoolRow> poolRows,
    List<ConsumptionRow> consumptionRows,
    List<Unmapped> unmapped,
    long unmappedRows,
    List<UnmappedGroup> unmappedGroups,
    List<CurrencyLine> currencies,
    long effectiveCostRows,
    long billedCostRows) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Why a row was not used. */
  public enum Missing {
    /** The cost is mapped to a service level, but no org mapping matched. */
    ORG,
    /** Neither SkuId nor ServiceName has a cost mapping. */
    COST,
    /** Neither. */
    ORG_AND_COST;

    public String messageKey() {
      return "focus.missing." + name();
    }
  }

  /**
   * A row the mappings do not cover. {@code noteKey} adds why an org was not found, when
   * there is more to say than "no mapping" (tags unreadable, two tags naming different
   * orgs), else null.
   */
  public record Unmapped(long row, Missing missing, String noteKey, String subAccountId,
      String subAccountName, String serviceName, String skuId, String tags, BigDecimal cost)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Unmapped rows of one sub-account and service: where a new mapping would help most. */
  public record UnmappedGroup(Missing missing, String subAccountId, String subAccountName,
      String serviceName, long rows, BigDecimal cost) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The rows of one currency other than SEK: the month's rate (SEK per unit), their sum in the
   * currency and in SEK (the sum of the rows' rounded SEK amounts).
   */
  public record CurrencyLine(String currency, BigDecimal rate, long rows, BigDecimal original,
      BigDecimal sek) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The bill's cost of the rows that became an org's consumption. */
  public record OrgCost(String orgCode, long rows, BigDecimal cost) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One pool's cost for the month: the sum of its rows, rounded to öre, kept with the first
   * bill row it came from.
   */
  public record PoolRow(long row, String poolCode, long rows, BigDecimal amount, String note)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One consumption row: the bill rows of one org, level and resource, quantities summed. */
  public record ConsumptionRow(long row, String orgCode, String serviceCode, String levelCode,
      BigDecimal quantity, String reference, long rows) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public boolean valid() {
    return problemCount == 0;
  }

  public boolean hasUnmapped() {
    return unmappedRows > 0;
  }

  /** Whether anything would be stored: consumption rows or pool costs. */
  public boolean hasMapped() {
    return !consumptionRows.isEmpty() || !poolRows.isEmpty();
  }

  /** The consumption rows as {@link ConsumptionImport} reads a file (one header, then rows). */
  public RowSource consumptionSource() {
    return new Rows(encoding, delimiter) {
      @Override
      public void read(TabularFile.RowHandler handler, LongConsumer progress) {
        handler.header(new String[] {"period", "förvaltning", "tjänst", "nivå", "antal",
            "referens"});
        for (ConsumptionRow r : consumptionRows) {
          handler.row(r.row(), new String[] {period.toString(), r.orgCode(), r.serviceCode(),
              r.levelCode(), r.quantity().toPlainString(), r.reference()});
        }
        progress.accept(consumptionRows.size());
      }
    };
  }

  /** The pool costs as {@link PoolCostImport} reads a file. */
  public RowSource poolCostSource() {
    return new Rows(encoding, delimiter) {
      @Override
      public void read(TabularFile.RowHandler handler, LongConsumer progress) {
        handler.header(new String[] {"period", "pool", "belopp", "kommentar"});
        for (PoolRow r : poolRows) {
          handler.row(r.row(), new String[] {period.toString(), r.poolCode(),
              r.amount().toPlainString(), r.note()});
        }
        progress.accept(poolRows.size());
      }
    };
  }

  static BigDecimal ore(BigDecimal exact) {
    return Amount.of(exact).value();
  }

  private abstract static class Rows implements RowSource {
    private final String encoding;
    private final String delimiter;

    Rows(String encoding, String delimiter) {
      this.encoding = encoding;
      this.delimiter = delimiter;
    }

    @Override
    public abstract void read(TabularFile.RowHandler handler, LongConsumer progress)
        throws IOException;

    @Override
    public String encodingLabel() {
      return encoding;
    }

    @Override
    public String delimiterLabel() {
      return delimiter;
    }
  }
}
