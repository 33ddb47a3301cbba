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
}
