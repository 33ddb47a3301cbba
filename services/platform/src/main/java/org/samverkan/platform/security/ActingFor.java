package org.samverkan.platform.security;

import java.util.Set;

/**
 * The parties a request acts for, kept as the authentication's details once {@link ActingForFilter} has checked
 * them: the one the {@link CurrentUser#ACTING_FOR_HEADER} header names, or else those of the token's parties that
 * have standing.
 */
record ActingFor(Set<String> parties) {
    ActingFor {
        parties = Set.copyOf(parties);
    }
}
