package org.samverkan.platform.security;

import java.util.Optional;

/**
 * Whether a delegate may act for a party now. A service whose parties can lose their standing (e.g. be suspended)
 * declares one bean of this, read from its own copy of the parties; the platform then refuses every request of a
 * delegate acting for a party without standing, before any controller runs. Without such a bean every party the
 * token lists has standing.
 */
@FunctionalInterface
public interface PartyStanding {
    PartyStanding ALWAYS = party -> Optional.empty();

    /** Why a delegate may not act for {@code party} now, in words for the caller; empty if they may. */
    Optional<String> refusal(String party);

    /**
     * The refusal for a party whose local copy is missing or not {@code VERIFIED}, in the same words in every service.
     *
     * @param status the copy's status, empty if {@code holder} has no copy of the party
     */
    static Optional<String> unlessVerified(Optional<String> status, String holder) {
        if (status.filter("VERIFIED"::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("The organisation you act for is not verified (" + status.orElse("unknown to " + holder)
                + "); its representatives have no access until the registry verifies it.");
    }
}
