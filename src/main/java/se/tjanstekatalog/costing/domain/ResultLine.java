package se.tjanstekatalog.costing.domain;

import java.math.BigDecimal;

/**
 * One line of one model for one org: a consumed or subscribed level (quantity × unit price) or
 * a share of a pool (key value of key total). {@code binding} says whether the line's model is
 * the one the plan names for its area that month.
 */
public record ResultLine(long orgId, FinancingModel model, boolean binding, long areaId,
    Long serviceId, Long levelId, Long poolId, LineSource source, BigDecimal quantity,
    BigDecimal unitPrice, BigDecimal keyValue, BigDecimal keyTotal, BigDecimal amount) {

  static ResultLine charged(long orgId, FinancingModel model, boolean binding, PricedLevel level,
      LineSource source, BigDecimal quantity, BigDecimal amount) {
    return new ResultLine(orgId, model, binding, level.areaId(), level.serviceId(),
        level.levelId(), null, source, quantity, level.chargedPrice(), null, null, amount);
  }

  static ResultLine pooled(long orgId, boolean binding, Pool pool, BigDecimal keyValue,
      BigDecimal keyTotal, BigDecimal amount) {
    return new ResultLine(orgId, FinancingModel.ALLOCATION, binding, pool.areaId(), null, null,
        pool.id(), LineSource.POOL, null, null, keyValue, keyTotal, amount);
  }
}
