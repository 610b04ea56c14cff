package se.tjanstekatalog.security.control;

/**
 * Fired by {@link UserService} when an account's role, org, status, password or lock changed;
 * observed after the transaction commits, so what this node remembers of the account is
 * dropped only once the database says the new thing.
 */
public record UserChanged(String username) {}
