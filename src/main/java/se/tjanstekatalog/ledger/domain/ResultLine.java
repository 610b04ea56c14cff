package se.tjanstekatalog.ledger.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import se.tjanstekatalog.shared.Amount;

/**
 * One line of one model for one org: a consumed or subscribed level (quantity × unit price) or
 * a share of a pool (key value of key total). {@code binding} says whether the line's model is
 * the one the plan names for its area that month.
 *
 * <p>{@code amount} is money ({@link Amount}); quantity, unit price (a rate, not an amount) and
 * the key value and key total stay {@link BigDecimal}.
 */
public record ResultLine(long orgId, FinancingModel model, boolean binding, long areaId,
    Long serviceId, Long levelId, Long poolId, LineSource source, BigDecimal quantity,
    BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, Amount amount)
    implements Serializable {}
