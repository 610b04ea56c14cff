/**
 * What every capability shares: money ({@link se.tjanstekatalog.shared.Amount} with its rules,
 * {@link se.tjanstekatalog.shared.Percent}, the rounding policy in {@link
 * se.tjanstekatalog.shared.Rounding}), Swedish formats, the exception tree with message keys,
 * and the JPA/JSF converters. Nothing in here knows about a capability.
 */
package se.tjanstekatalog.shared;
