/**
 * The demo municipality (Sjöstads kommun) that {@code mvn -Prun} starts with: orgs, key
 * values and users. Loaded once into an empty database when {@code TK_DEMO=true}. It writes
 * entities directly, like a data migration, because it runs at start-up without a caller.
 */
package se.tjanstekatalog.demo;
