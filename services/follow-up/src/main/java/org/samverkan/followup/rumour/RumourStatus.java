package org.samverkan.followup.rumour;

import java.util.Set;

/** REPORTED → VERIFYING → CONFIRMED | DEBUNKED → ADDRESSED; ADDRESSED is final. */
public enum RumourStatus {
    REPORTED, VERIFYING, CONFIRMED, DEBUNKED, ADDRESSED;

    Set<RumourStatus> next() {
        return switch (this) {
            case REPORTED -> Set.of(VERIFYING);
            case VERIFYING -> Set.of(CONFIRMED, DEBUNKED);
            case CONFIRMED, DEBUNKED -> Set.of(ADDRESSED);
            case ADDRESSED -> Set.of();
        };
    }

    /** A counter-message answers a rumour once it is known to be true or false. */
    boolean settled() {
        return this == CONFIRMED || this == DEBUNKED;
    }
}
