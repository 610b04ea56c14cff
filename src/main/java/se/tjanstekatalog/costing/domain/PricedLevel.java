package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;

/**
 * A service level with its charged unit price in force in the month (null when the month has
 * no price for it), and what the engine needs of its service.
 *
 * <p>The charged price is a unit price: a rate per unit, not an amount of money, so it stays a
 * {@link BigDecimal} with the scale it is stored with (like quantities); only quantity × price,
 * rounded once per line by {@link se.tjanstekatalog.shared.Amount#line}, is an {@code Amount}.
 *
 * @param alwaysCharged financing ALWAYS_CHARGED: billed by consumption whatever the plan
 * @param fixedMonthly unit FIXED_MONTHLY: billed from subscriptions, not consumption
 */
public record PricedLevel(long levelId, String code, long serviceId, long areaId,
    boolean alwaysCharged, boolean fixedMonthly, BigDecimal chargedPrice) {}
