package se.tjanstekatalog.security.control;

import se.tjanstekatalog.shared.Role;

/**
 * What authentication needs to know of an account on every request, read in one small query
 * and remembered for a few seconds ({@link UserAuthStates}).
 */
public record UserAuthState(long id, String username, Role role, boolean active,
    long authRevision, long sessionEpoch, ThrottlePolicy.State throttle) {}
