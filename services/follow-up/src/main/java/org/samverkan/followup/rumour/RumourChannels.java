package org.samverkan.followup.rumour;

import java.util.Set;

/** Where a rumour was heard. */
final class RumourChannels {
    static final Set<String> CODES = Set.of("social-media", "messaging-app", "word-of-mouth", "meeting-place", "local-media", "other");

    private RumourChannels() {
    }
}
