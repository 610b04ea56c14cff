package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;

/**
 * A service level with its charged unit price in force in the month (null when the month has
 * no price for it), and what the engine needs of its service.
 *
 * @param alwaysCharged financing ALWAYS_CHARGED: billed by consumption whatever the plan
 * @param fixedMonthly unit FIXED_MONTHLY: billed from subscriptions, not consumption
 */
public record PricedLevel(long levelId, String code, long serviceId, long areaId,
    boolean alwaysCharged, boolean fixedMonthly, BigDecimal chargedPrice) {}
