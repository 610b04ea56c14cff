/**
 * The tjänstekatalog: service areas, services (basleveranser) with their ambition levels and
 * commitments, price lists with cost and charged prices, change proposals that are prepared
 * and decided before anything changes, the audit trail, and which level each org has chosen
 * (subscriptions). Everyone browses; IT_CONTROLLER maintains.
 */
package se.tjanstekatalog.catalogue;
