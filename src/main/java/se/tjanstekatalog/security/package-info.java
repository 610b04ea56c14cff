/**
 * Users, roles and how a request becomes a caller: a form login for the pages and HTTP Basic
 * for {@code /api}, both checked against the users in the database (PBKDF2 hashes). One role
 * per user; VIEWER and ORG_FINANCE belong to one org.
 */
package se.tjanstekatalog.security;
