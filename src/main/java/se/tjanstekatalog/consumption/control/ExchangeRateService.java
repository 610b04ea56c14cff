package se.tjanstekatalog.consumption.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import se.tjanstekatalog.consumption.control.ExchangeRates.Rate;
import se.tjanstekatalog.consumption.entity.ExchangeRate;
import se.tjanstekatalog.security.control.CurrentCaller;
import se.tjanstekatalog.shared.ConflictException;
import se.tjanstekatalog.shared.NotFoundException;
import se.tjanstekatalog.shared.Role;
import se.tjanstekatalog.shared.RuleViolationException;
import se.tjanstekatalog.shared.SwedishFormat;
import se.tjanstekatalog.shared.Violation;
import se.tjanstekatalog.shared.imports.UnreadableFile;
import se.tjanstekatalog.shared.imports.TabularFile;

/**
 * The monthly exchange rates FOCUS bills in other currencies are converted with, kept by
 * IT_CONTROLLER: entered one by one or imported from a file ({@link ExchangeRateCsv}), all or
 * nothing. A rate of a currency and month that exists is replaced; who set it, when and from
 * where is kept on the row. Rates are not tied to locked months: a stored import keeps the
 * SEK amounts it was converted to, so changing a rate later changes only later imports.
 */
@Stateless
@RolesAllowed(Role.IT_CONTROLLER_NAME)
public class ExchangeRateService {
  private static final Logger LOG = Logger.getLogger(ExchangeRateService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;

  /** A rate as the page and the API list it. */
  public record RateView(long id, long version, String currency, YearMonth month,
      BigDecimal rate, String source, String changedBy, Instant changedAt)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A new ({@code id == null}) or changed rate as the form gives it. */
  public record RateInput(Long id, long version, String currency, String month, String rate,
      String source) {}

  /** Every rate, newest month first; or one month's ({@code month} not null). */
  @RolesAllowed({Role.IT_CONTROLLER_NAME, Role.ADMIN_NAME})
  public List<RateView> list(YearMonth month) {
    List<ExchangeRate> rows = month == null
        ? em.createNamedQuery(ExchangeRate.FIND_ALL, ExchangeRate.class).getResultList()
        : em.createNamedQuery(ExchangeRate.FIND_MONTH, ExchangeRate.class)
            .setParameter("day", month.atDay(1)).getResultList();
    return rows.stream().map(ExchangeRateService::view).toList();
  }

  /** All rates, as the FOCUS import converts with them. */
  public ExchangeRates rates() {
    return new ExchangeRates(em.createNamedQuery(ExchangeRate.FIND_ALL, ExchangeRate.class)
        .getResultStream().map(r -> new Rate(r.getCurrency(), r.getMonth(), r.getRate()))
        .toList());
  }

  public RateView save(RateInput input) {
    List<Violation> errors = new ArrayList<>();
    String currency = ExchangeRates.currency(input.currency());
    if (currency == null) {
      errors.add(new Violation("currency", "rates.error.currency"));
    } else if (ExchangeRates.HOME.equals(currency)) {
      errors.add(new Violation("currency", "rates.error.home"));
    }
    YearMonth month = null;
    try {
      month = SwedishFormat.parseMonth(input.month() == null ? "" : input.month().strip());
    } catch (DateTimeParseException e) {
      errors.add(new Violation("month", "rates.error.month", input.month()));
    }
    BigDecimal rate = ExchangeRates.parseRate(input.rate(), BigDecimal.ONE);
    if (rate == null) {
      errors.add(new Violation("rate", "rates.error.rate", ExchangeRates.RATE_SCALE));
    }
    String source = input.source() == null ? "" : input.source().strip();
    if (source.isEmpty()) {
      errors.add(new Violation("source", "rates.error.source"));
    } else if (source.length() > ExchangeRate.MAX_SOURCE) {
      errors.add(new Violation("source", "rates.error.sourceTooLong", ExchangeRate.MAX_SOURCE));
    }
    if (errors.isEmpty()) {
      ExchangeRate same = find(currency, month);
      if (same != null && !same.getId().equals(input.id())) {
        errors.add(new Violation("month", "rates.error.duplicate", currency,
            SwedishFormat.month(month)));
      }
    }
    RuleViolationException.throwIfAny(errors);
    ExchangeRate row;
    if (input.id() == null) {
      row = new ExchangeRate(currency, month);
      row.set(rate, source, caller.name(), Instant.now());
      em.persist(row);
    } else {
      row = em.find(ExchangeRate.class, input.id());
      if (row == null) {
        throw new NotFoundException("rates.error.notFound", input.id());
      }
      if (row.getVersion() != input.version() || !row.getCurrency().equals(currency)
          || !row.getMonth().equals(month)) {
        throw new ConflictException("rates.error.conflict", row.getCurrency());
      }
      row.set(rate, source, caller.name(), Instant.now());
    }
    flush(currency, month);
    LOG.info(() -> "Exchange rate " + row.getCurrency() + " " + row.getMonth() + " = "
        + row.getRate().toPlainString() + " SEK (" + row.getSource() + ") by " + caller.name());
    return view(row);
  }

  public void delete(long id, long version) {
    ExchangeRate row = em.find(ExchangeRate.class, id);
    if (row == null) {
      throw new NotFoundException("rates.error.notFound", id);
    }
    if (row.getVersion() != version) {
      throw new ConflictException("rates.error.conflict", row.getCurrency());
    }
    em.remove(row);
    LOG.info(() -> "Exchange rate " + row.getCurrency() + " " + row.getMonth()
        + " removed by " + caller.name());
  }

  /**
   * Imports a file of rates, all or nothing: any bad row refuses the whole file, each problem
   * named by row, column and reason. Existing rates of the same currency and month are
   * replaced.
   *
   * @return how many rates were stored
   */
  public int importFile(Path file, String fileName) {
    ExchangeRateCsv.Result result;
    try {
      result = ExchangeRateCsv.read(TabularFile.open(file));
    } catch (IOException e) {
      LOG.info(() -> "Unreadable rates file '" + fileName + "': " + e);
      throw UnreadableFile.refusal(e);
    }
    if (!result.valid()) {
      throw new RuleViolationException(result.problems().stream()
          .map(p -> new Violation("file", "rates.error.fileProblem", p.describe()))
          .toList());
    }
    String source = fileName.length() > ExchangeRate.MAX_SOURCE
        ? fileName.substring(0, ExchangeRate.MAX_SOURCE) : fileName;
    Instant now = Instant.now();
    for (Rate r : result.rates()) {
      ExchangeRate row = find(r.currency(), r.month());
      if (row == null) {
        row = new ExchangeRate(r.currency(), r.month());
        em.persist(row);
      }
      row.set(r.rate(), source, caller.name(), now);
    }
    em.flush();
    LOG.info(() -> "Exchange rates file '" + fileName + "': " + result.rates().size()
        + " rates by " + caller.name());
    return result.rates().size();
  }

  private ExchangeRate find(String currency, YearMonth month) {
    return em.createNamedQuery(ExchangeRate.FIND_ONE, ExchangeRate.class)
        .setParameter("currency", currency).setParameter("day", month.atDay(1))
        .getResultStream().findFirst().orElse(null);
  }

  /** Writes now, so a rate another user just added is reported, not a 500. */
  private void flush(String currency, YearMonth month) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(e, "rates.error.conflict", currency);
    } catch (PersistenceException e) {
      throw new RuleViolationException(new Violation("month", "rates.error.duplicate",
          currency, SwedishFormat.month(month)));
    }
  }

  private static RateView view(ExchangeRate r) {
    return new RateView(r.getId(), r.getVersion(), r.getCurrency(), r.getMonth(), r.getRate(),
        r.getSource(), r.getChangedBy(), r.getChangedAt());
  }
}
