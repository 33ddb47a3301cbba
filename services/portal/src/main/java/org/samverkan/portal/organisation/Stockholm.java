package org.samverkan.portal.organisation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Date-time fields are entered in Swedish local time ({@code datetime-local}); the services speak instants. */
final class Stockholm {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Stockholm() {
    }

    /** The instant, or null when empty or unreadable (the service then names the field). */
    static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
