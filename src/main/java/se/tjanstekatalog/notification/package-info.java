/**
 * Notifications in the portal and by e-mail (issue 16, item 3): the ledger's and the review's
 * workflow events ({@code ledger.control.MonthMoved}, {@code review.control.ReviewEvents})
 * become one notification per user who should act ({@code domain.NotificationRules}), stored
 * in the step's transaction and mailed after it commits ({@code control.NotificationMail}).
 * The ledger and the review do not know this package.
 */
package se.tjanstekatalog.notification;
