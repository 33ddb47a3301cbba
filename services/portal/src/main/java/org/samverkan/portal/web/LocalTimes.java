package org.samverkan.portal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * The services speak UTC instants; people in Huddinge read and enter Swedish local time, whatever the server's
 * zone. Templates show every instant as {@code ${@when.local(x)}} ("2026-11-22 10:20"); forms convert their
 * {@code datetime-local} fields with {@link #instant(String)}.
 */
@Component("when")
public class LocalTimes {
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);

    /** An ISO-8601 instant (or epoch milliseconds) in local time; anything else as it came, empty for null. */
    public String local(Object instant) {
        if (instant == null) {
            return "";
        }
        try {
            Instant at = instant instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : Instant.parse(instant.toString());
            return SHOWN.format(at);
        } catch (DateTimeParseException notAnInstant) {
            return instant.toString();
        }
    }

    /** A {@code datetime-local} value as an instant; null when empty or unreadable (the service names the field). */
    public static Instant instant(String local) {
        try {
            return local == null || local.isBlank() ? null : LocalDateTime.parse(local.strip()).atZone(STOCKHOLM).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The {@code datetime-local} value for this minute, that many days ahead: a form's pre-filled time. */
    public static String inDays(int days) {
        return LocalDateTime.now(STOCKHOLM).plusDays(days).withSecond(0).withNano(0).toString();
    }
}
