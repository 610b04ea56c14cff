package se.tjanstekatalog.ledger.control;

import java.time.YearMonth;
import se.tjanstekatalog.ledger.domain.PeriodStatus;

/**
 * A CDI event: a month took a step of the workflow on the periods page ({@link
 * PeriodTransitions#transition(YearMonth, PeriodStatus, String)}). Fired inside the step's
 * transaction; an observer that acts only once it committed observes it {@code during =
 * AFTER_SUCCESS}. The ledger does not know who listens (the notifications do).
 */
public record MonthMoved(YearMonth month, PeriodStatus from, PeriodStatus to, String by) {}
