package org.samverkan.portal.followup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Small conversions from what a form sends to what the follow-up service reads. */
final class Forms {
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Forms() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> codes(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** A {@code datetime-local} value in Swedish time; null when empty or unreadable (the service names the field). */
    static Instant instant(String local) {
        try {
            return local == null || local.isBlank() ? null : LocalDateTime.parse(local.strip()).atZone(STOCKHOLM).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
