package se.tjanstekatalog.consumption.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import se.tjanstekatalog.shared.imports.Columns.Column;
import se.tjanstekatalog.consumption.control.FocusResult.ConsumptionRow;
import se.tjanstekatalog.consumption.control.FocusResult.Missing;
import se.tjanstekatalog.consumption.control.FocusResult.OrgCost;
import se.tjanstekatalog.consumption.control.FocusResult.PoolRow;
import se.tjanstekatalog.consumption.control.FocusResult.Unmapped;
import se.tjanstekatalog.consumption.control.FocusResult.UnmappedGroup;
import se.tjanstekatalog.consumption.control.FocusResult.CurrencyLine;
import se.tjanstekatalog.consumption.entity.FocusCostColumn;
import se.tjanstekatalog.consumption.entity.FocusMappingTarget;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.imports.ImportProblem;
import se.tjanstekatalog.shared.imports.TabularFile;
import se.tjanstekatalog.shared.imports.RowSource;
import se.tjanstekatalog.shared.imports.Columns;
import se.tjanstekatalog.shared.imports.ImportReport;

/**
 * Reads a cloud or licence bill in the FinOps FOCUS 1.x format (CSV, comma, UTF-8) and applies
 * the mappings ({@link FocusRule}) to every row:
 *
 * <ul>
 *   <li>the org: a SubAccountId mapping first, else a {@code tag:<key>} mapping whose value
 *       matches the row's Tags (a JSON object);
 *   <li>the cost: a SkuId mapping first, else a ServiceName mapping; it names a service level
 *       (the row's quantity becomes consumption), a cost pool (its cost becomes the pool's
 *       cost), or both.
 * </ul>
 *
 * <p>A row's cost is read from the column its cost mapping names ({@link FocusCostColumn}):
 * EFFECTIVE, the default, takes EffectiveCost (amortised, after commitment discounts) where the
 * file has it, else BilledCost, so a reservation bought up front is counted in the months that
 * use it, not twice; BILLED takes BilledCost. Rows without a cost mapping use the default. Its
 * quantity is ConsumedQuantity, else PricingQuantity (FOCUS leaves ConsumedQuantity empty for
 * purchases such as licence subscriptions). A cell holding the literal {@code NULL} (any case,
 * also quoted), as real FOCUS exports write empty values, is read as empty.
 *
 * <p>Costs are in BillingCurrency. A currency other than SEK is converted with the rate of
 * the bill's month ({@link ExchangeRates}: each row rounded half up to öre); a row whose
 * currency has no rate for the month is a problem naming the row, the currency and the month.
 *
 * <p>Column names: FOCUS 1.0, 1.1 and 1.2 name every column read here alike (1.1 and 1.2 only
 * add columns, e.g. 1.2's PricingCurrency and PricingCurrencyEffectiveCost, which are not
 * read: BilledCost and EffectiveCost stay in BillingCurrency). The names of the 1.0 preview
 * and 0.5 that were renamed for 1.0 are accepted too: UsageQuantity for ConsumedQuantity and
 * AmortizedCost for EffectiveCost.
 *
 * <p>A row mapped only to a pool needs no org: pools are shared out by key. A row mapped to a
 * level needs an org, or it is not used at all. Rows not used are listed with their cost
 * ({@link FocusResult#unmapped()}); they are never stored, and the user confirms them before
 * the rest is. One month per file: a row of another month, a currency without a rate, a
 * missing or unreadable cost, or a level row without quantity is a problem that stops the
 * whole import. Plain Java: rows in, result out; {@code FocusImportService} stores it.
 */
public final class FocusImport {
  public static final String CURRENCY = "SEK";
  static final int MAX_REFERENCE = ConsumptionImport.MAX_REFERENCE;
  static final int MAX_NOTE = 200;
  static final int QUANTITY_SCALE = ConsumptionImport.MAX_SCALE;

  static final int PERIOD = 0;
  static final int BILLED = 1;
  static final int EFFECTIVE = 2;
  static final int CURRENCY_COLUMN = 3;
  static final int SERVICE = 4;
  static final int SKU = 5;
  static final int SUB_ACCOUNT = 6;
  static final int SUB_ACCOUNT_NAME = 7;
  static final int RESOURCE = 8;
  static final int RESOURCE_NAME = 9;
  static final int CONSUMED = 10;
  static final int PRICING = 11;
  static final int TAGS = 12;
  static final int BILLING_ACCOUNT = 13;

  /** The FOCUS columns read; any others (FOCUS has about 50) are ignored. */
  public static final List<Column> COLUMNS = List.of(
      Column.required("ChargePeriodStart"),
      Column.required("BilledCost"),
      Column.optional("EffectiveCost", "AmortizedCost"),
      Column.required("BillingCurrency"),
      Column.required("ServiceName"),
      Column.optional("SkuId"),
      Column.optional("SubAccountId"),
      Column.optional("SubAccountName"),
      Column.optional("ResourceId"),
      Column.optional("ResourceName"),
      Column.optional("ConsumedQuantity", "UsageQuantity"),
      Column.optional("PricingQuantity"),
      Column.optional("Tags"),
      Column.optional("BillingAccountId"));

  private final Map<String, FocusRule> orgBySubAccount = new HashMap<>();
  /** Tag key → tag value → rule. */
  private final Map<String, Map<String, FocusRule>> orgByTag = new LinkedHashMap<>();
  private final Map<String, FocusRule> costBySku = new HashMap<>();
  private final Map<String, FocusRule> costByService = new HashMap<>();

  private final ExchangeRates rates;

  /** Mappings only: SEK bills. */
  public FocusImport(List<FocusRule> rules) {
    this(rules, ExchangeRates.NONE);
  }

  public FocusImport(List<FocusRule> rules, ExchangeRates rates) {
    this.rates = rates;
    for (FocusRule rule : rules) {
      String value = FocusRule.key(rule.value());
      if (rule.target() == FocusMappingTarget.ORG) {
        if (FocusRule.isTag(rule.field())) {
          orgByTag.computeIfAbsent(FocusRule.key(rule.tagKey()), k -> new HashMap<>())
              .put(value, rule);
        } else if (FocusRule.SUB_ACCOUNT_ID.equalsIgnoreCase(rule.field())) {
          orgBySubAccount.put(value, rule);
        }
      } else if (FocusRule.SKU_ID.equalsIgnoreCase(rule.field())) {
        costBySku.put(value, rule);
      } else if (FocusRule.SERVICE_NAME.equalsIgnoreCase(rule.field())) {
        costByService.put(value, rule);
      }
    }
  }

  /** Reads the whole bill; saves nothing. */
  public FocusResult read(RowSource file, String fileName, LongConsumer progress)
      throws IOException {
    Run run = new Run();
    file.read(run, progress);
    if (run.columns == null) {
      run.header(new String[0]);
    }
    return run.result(file, fileName);
  }

  /** One pass over the rows. */
  private final class Run implements TabularFile.RowHandler {
    private final Problems problems = new Problems();
    private final JsonReaderFactory json = JsonProvider.provider().createReaderFactory(Map.of());
    private final Map<String, Map<String, String>> tagCache = new HashMap<>();
    private final Set<String> billingAccounts = new TreeSet<>();
    private final Map<List<String>, Sum> consumption = new LinkedHashMap<>();
    private final Map<String, Sum> pools = new LinkedHashMap<>();
    private final Map<String, Sum> orgs = new HashMap<>();
    private final Map<List<String>, Sum> unmappedGroups = new LinkedHashMap<>();
    private final Map<List<String>, Missing> groupMissing = new HashMap<>();
    private final Map<String, Set<String>> poolServices = new HashMap<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final Map<String, CurrencySum> currencies = new LinkedHashMap<>();
    private long effectiveRows;
    private long billedRows;
    private Columns columns;
    private YearMonth period;
    private long firstRowOfPeriod;
    private long rows;
    private long unmappedRows;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal pooled = BigDecimal.ZERO;
    private BigDecimal consumptionOnly = BigDecimal.ZERO;
    private BigDecimal unmappedCost = BigDecimal.ZERO;
    private BigDecimal problemCost = BigDecimal.ZERO;

    @Override
    public void header(String[] names) {
      List<ImportProblem> found = new ArrayList<>();
      columns = Columns.resolve(names, COLUMNS, found);
      problems.addAll(found);
    }

    @Override
    public void row(long rowNo, String[] cells) {
      rows++;
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (COLUMNS.get(c).required() && !columns.present(c)) {
          return; // reported once for the file
        }
      }
      long before = problems.total();
      YearMonth month = month(rowNo, cells);
      FocusRule costRule = costRule(cells);
      BigDecimal cost = sek(rowNo, cells, month, cost(rowNo, cells, costRule));
      if (cost != null) {
        total = total.add(cost);
      }
      String account = cell(cells, BILLING_ACCOUNT);
      if (!account.isEmpty()) {
        billingAccounts.add(account);
      }
      if (problems.total() > before || month == null || cost == null) {
        problemCost = cost == null ? problemCost : problemCost.add(cost);
        return;
      }

      OrgMatch org = org(cells);
      if (costRule == null || (costRule.toLevel() && org.rule == null)) {
        unmapped(rowNo, cells, costRule == null, org, cost);
        return;
      }
      if (costRule.toLevel()) {
        BigDecimal quantity = quantity(rowNo, cells);
        if (quantity == null) {
          problemCost = problemCost.add(cost);
          return;
        }
        List<String> key = List.of(org.rule.orgCode(), costRule.serviceCode(),
            costRule.levelCode(), reference(cells));
        consumption.computeIfAbsent(key, k -> new Sum(rowNo)).add(quantity);
        orgs.computeIfAbsent(org.rule.orgCode(), k -> new Sum(rowNo)).add(cost);
      }
      if (costRule.toPool()) {
        pools.computeIfAbsent(costRule.poolCode(), k -> new Sum(rowNo)).add(cost);
        poolServices.computeIfAbsent(costRule.poolCode(), k -> new LinkedHashSet<>())
            .add(cell(cells, SERVICE));
        pooled = pooled.add(cost);
      } else {
        consumptionOnly = consumptionOnly.add(cost);
      }
    }

    /** The month of ChargePeriodStart; one month per file. */
    private YearMonth month(long rowNo, String[] cells) {
      String text = cell(cells, PERIOD);
      if (text.isEmpty()) {
        problems.add(ImportProblem.of(rowNo, columns.name(PERIOD), text,
            "import.problem.periodMissing"));
        return null;
      }
      YearMonth month = parseMonth(text);
      if (month == null) {
        problems.add(ImportProblem.of(rowNo, columns.name(PERIOD), text,
            "import.problem.periodInvalid"));
        return null;
      }
      if (period == null) {
        period = month;
        firstRowOfPeriod = rowNo;
      } else if (!period.equals(month)) {
        problems.add(ImportProblem.of(rowNo, columns.name(PERIOD), text,
            "import.problem.periodMixed", SwedishFormat.month(period), firstRowOfPeriod));
        return null;
      }
      return month;
    }

    /**
     * The row's cost in its currency, from the column of its cost mapping: for EFFECTIVE (and
     * rows without a mapping) EffectiveCost if the file gives it for the row, else BilledCost;
     * for BILLED, BilledCost. May be negative (credits).
     */
    private BigDecimal cost(long rowNo, String[] cells, FocusRule rule) {
      boolean billedOnly = rule != null && rule.costColumn() == FocusCostColumn.BILLED;
      int column = !billedOnly && columns.present(EFFECTIVE)
          && !cell(cells, EFFECTIVE).isEmpty() ? EFFECTIVE : BILLED;
      if (column == EFFECTIVE) {
        effectiveRows++;
      } else {
        billedRows++;
      }
      String text = cell(cells, column);
      if (text.isEmpty()) {
        problems.add(ImportProblem.of(rowNo, columns.name(BILLED), text,
            "import.problem.amountMissing"));
        return null;
      }
      BigDecimal cost = number(text);
      if (cost == null) {
        problems.add(ImportProblem.of(rowNo, columns.name(column), text,
            "import.problem.badNumber"));
      }
      return cost;
    }

    /**
     * The cost in SEK: as it is for SEK, else converted with the month's rate (rounded per
     * row); null, with a problem, if the currency is unreadable or has no rate for the month.
     */
    private BigDecimal sek(long rowNo, String[] cells, YearMonth month, BigDecimal cost) {
      String text = cell(cells, CURRENCY_COLUMN);
      String currency = ExchangeRates.currency(text);
      if (currency == null) {
        problems.add(ImportProblem.of(rowNo, columns.name(CURRENCY_COLUMN), text,
            "focus.problem.currency"));
        return null;
      }
      if (month == null) {
        return CURRENCY.equals(currency) ? cost : null;
      }
      BigDecimal rate = rates.rate(currency, month);
      if (rate == null) {
        problems.add(ImportProblem.of(rowNo, columns.name(CURRENCY_COLUMN), text,
            "focus.problem.rateMissing", currency, SwedishFormat.month(month)));
        return null;
      }
      if (cost == null) {
        return null;
      }
      if (CURRENCY.equals(currency)) {
        return cost;
      }
      BigDecimal sek = ExchangeRates.toSek(cost, rate);
      currencies.computeIfAbsent(currency, c -> new CurrencySum(rate)).add(cost, sek);
      return sek;
    }

    private BigDecimal quantity(long rowNo, String[] cells) {
      int column = !cell(cells, CONSUMED).isEmpty() ? CONSUMED : PRICING;
      String text = cell(cells, column);
      if (text.isEmpty()) {
        problems.add(ImportProblem.of(rowNo, columns.name(CONSUMED), text,
            "focus.problem.quantityMissing", cell(cells, SERVICE)));
        return null;
      }
      BigDecimal quantity = number(text);
      if (quantity == null) {
        problems.add(ImportProblem.of(rowNo, columns.name(column), text,
            "import.problem.badNumber"));
      }
      return quantity;
    }

    private FocusRule costRule(String[] cells) {
      String sku = cell(cells, SKU);
      FocusRule rule = sku.isEmpty() ? null : costBySku.get(FocusRule.key(sku));
      return rule != null ? rule : costByService.get(FocusRule.key(cell(cells, SERVICE)));
    }

    private OrgMatch org(String[] cells) {
      String subAccount = cell(cells, SUB_ACCOUNT);
      FocusRule bySubAccount = subAccount.isEmpty() ? null
          : orgBySubAccount.get(FocusRule.key(subAccount));
      if (bySubAccount != null || orgByTag.isEmpty()) {
        return new OrgMatch(bySubAccount, null);
      }
      Map<String, String> tags = tags(cell(cells, TAGS));
      if (tags == null) {
        return new OrgMatch(null, "focus.note.tagsUnreadable");
      }
      FocusRule found = null;
      for (Map.Entry<String, Map<String, FocusRule>> byKey : orgByTag.entrySet()) {
        String value = tags.get(byKey.getKey());
        FocusRule rule = value == null ? null : byKey.getValue().get(FocusRule.key(value));
        if (rule == null) {
          continue;
        }
        if (found != null && !found.orgCode().equals(rule.orgCode())) {
          return new OrgMatch(null, "focus.note.tagsDisagree");
        }
        found = rule;
      }
      return new OrgMatch(found, null);
    }

    /** The Tags JSON object with keys in lower case; empty if none; null if unreadable. */
    private Map<String, String> tags(String text) {
      if (text.isEmpty()) {
        return Map.of();
      }
      Map<String, String> known = tagCache.get(text);
      if (known != null) {
        return known;
      }
      Map<String, String> tags = new HashMap<>();
      try (JsonReader reader = json.createReader(new StringReader(text))) {
        JsonObject object = reader.readObject();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
          JsonValue v = e.getValue();
          tags.put(FocusRule.key(e.getKey()), v instanceof JsonString s ? s.getString()
              : v.toString());
        }
      } catch (JsonException | IllegalStateException e) {
        tags = null;
      }
      if (tagCache.size() < 10_000) {
        tagCache.put(text, tags == null ? null : Map.copyOf(tags));
      }
      return tags == null ? null : Map.copyOf(tags);
    }

    private void unmapped(long rowNo, String[] cells, boolean noCost, OrgMatch org,
        BigDecimal cost) {
      Missing missing = !noCost ? Missing.ORG : org.rule == null ? Missing.ORG_AND_COST
          : Missing.COST;
      String note = missing == Missing.COST ? null : org.note;
      unmappedRows++;
      unmappedCost = unmappedCost.add(cost);
      if (unmapped.size() < ImportReport.MAX_LISTED) {
        unmapped.add(new Unmapped(rowNo, missing, note, cell(cells, SUB_ACCOUNT),
            cell(cells, SUB_ACCOUNT_NAME), cell(cells, SERVICE), cell(cells, SKU),
            cell(cells, TAGS), FocusResult.ore(cost)));
      }
      List<String> group = List.of(missing.name(), cell(cells, SUB_ACCOUNT),
          cell(cells, SUB_ACCOUNT_NAME), cell(cells, SERVICE));
      unmappedGroups.computeIfAbsent(group, k -> new Sum(rowNo)).add(cost);
      groupMissing.put(group, missing);
    }

    /**
     * ResourceId, or its tail when longer than a consumption reference may be; without one
     * (licence purchases) ResourceName, else ServiceName, so two licence products mapped to
     * the same level stay two rows.
     */
    private String reference(String[] cells) {
      String id = cell(cells, RESOURCE);
      if (id.isEmpty()) {
        id = cell(cells, RESOURCE_NAME);
      }
      if (id.isEmpty()) {
        id = cell(cells, SERVICE);
      }
      if (id.length() <= MAX_REFERENCE) {
        return id;
      }
      String tail = id.substring(id.length() - MAX_REFERENCE);
      int slash = tail.indexOf('/');
      return slash > 0 && slash < tail.length() - 1 ? tail.substring(slash + 1) : tail;
    }

    private String cell(String[] cells, int column) {
      return FocusImport.cell(columns.cell(cells, column));
    }

    FocusResult result(RowSource file, String fileName) {
      if (rows == 0 && !problems.any()) {
        problems.add(ImportProblem.of(0, "", "", "import.problem.noRows"));
      }
      List<ConsumptionRow> consumptionRows = new ArrayList<>();
      consumption.forEach((key, sum) -> consumptionRows.add(new ConsumptionRow(sum.firstRow,
          key.get(0), key.get(1), key.get(2),
          sum.value.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP), key.get(3), sum.rows)));
      consumptionRows.sort(Comparator.comparingLong(ConsumptionRow::row));
      List<CurrencyLine> currencyLines = new ArrayList<>();
      currencies.forEach((code, sum) -> currencyLines.add(new CurrencyLine(code, sum.rate,
          sum.rows, sum.original, FocusResult.ore(sum.sek))));
      String converted = currencyLines.stream().map(c -> c.currency() + " à "
          + SwedishFormat.decimal(c.rate(), ExchangeRates.RATE_SCALE) + " kr")
          .collect(java.util.stream.Collectors.joining(", "));
      List<PoolRow> poolRows = new ArrayList<>();
      pools.forEach((code, sum) -> poolRows.add(new PoolRow(sum.firstRow, code, sum.rows,
          FocusResult.ore(sum.value), note(fileName + (converted.isEmpty() ? ""
              : " (" + converted + ")"), sum.rows, poolServices.get(code)))));
      poolRows.sort(Comparator.comparing(PoolRow::poolCode));
      List<OrgCost> orgCosts = new ArrayList<>();
      orgs.forEach((code, sum) -> orgCosts.add(new OrgCost(code, sum.rows,
          FocusResult.ore(sum.value))));
      orgCosts.sort(Comparator.comparing(OrgCost::orgCode));
      List<UnmappedGroup> groups = new ArrayList<>();
      unmappedGroups.forEach((key, sum) -> groups.add(new UnmappedGroup(groupMissing.get(key),
          key.get(1), key.get(2), key.get(3), sum.rows, FocusResult.ore(sum.value))));
      groups.sort(Comparator.comparing(UnmappedGroup::cost).reversed()
          .thenComparing(UnmappedGroup::serviceName));
      String source = billingAccounts.isEmpty() ? "FOCUS " + fileName
          : "FOCUS " + String.join(", ", billingAccounts);
      return new FocusResult(fileName, source, file.encodingLabel(), file.delimiterLabel(),
          rows, period, problems.listed(), problems.total(), FocusResult.ore(total),
          FocusResult.ore(pooled), FocusResult.ore(consumptionOnly),
          FocusResult.ore(unmappedCost), FocusResult.ore(problemCost), orgCosts, poolRows,
          consumptionRows, List.copyOf(unmapped), unmappedRows, groups, currencyLines,
          effectiveRows, billedRows);
    }
  }

  /**
   * The pool cost row's comment: where it came from (with the rates of a converted bill, so
   * the stored cost says how it was reached), within the column's 200 characters.
   */
  static String note(String fileName, long rows, Set<String> services) {
    String text = "FOCUS " + fileName + ", " + rows + " rader: " + String.join(", ", services);
    return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
  }

  /**
   * The month of a FOCUS date-time as written ({@code 2026-10-01T00:00:00Z}, {@code
   * 2026-10-01 00:00:00}, {@code 2026-10-01}); null if it is none of these.
   */
  static YearMonth parseMonth(String text) {
    if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    if (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ') {
      return null;
    }
    try {
      return YearMonth.from(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** FOCUS writes plain decimals with a point, sometimes in E notation; Swedish forms too. */
  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return Decimals.parse(text);
    }
  }

  /**
   * A cell as FOCUS means it: trimmed, and empty where real exports write the literal {@code
   * NULL} (any case, with or without quotes left around it).
   */
  static String cell(String raw) {
    String text = raw.strip();
    String bare = text.length() == 6 && text.charAt(0) == '"' && text.charAt(5) == '"'
        ? text.substring(1, 5) : text;
    return bare.equalsIgnoreCase("NULL") ? "" : text;
  }

  private record OrgMatch(FocusRule rule, String note) {}

  /** One currency's rows: the rate, the sum in the currency and the sum of their SEK. */
  private static final class CurrencySum {
    final BigDecimal rate;
    BigDecimal original = BigDecimal.ZERO;
    BigDecimal sek = BigDecimal.ZERO;
    long rows;

    CurrencySum(BigDecimal rate) {
      this.rate = rate;
    }

    void add(BigDecimal amount, BigDecimal inSek) {
      original = original.add(amount);
      sek = sek.add(inSek);
      rows++;
    }
  }

  /** A running sum with the first bill row it came from and how many rows it holds. */
  private static final class Sum {
    final long firstRow;
    BigDecimal value = BigDecimal.ZERO;
    long rows;

    Sum(long firstRow) {
      this.firstRow = firstRow;
    }

    void add(BigDecimal amount) {
      value = value.add(amount);
      rows++;
    }
  }
}
