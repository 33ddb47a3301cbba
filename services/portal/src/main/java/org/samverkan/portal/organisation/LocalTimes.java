package org.samverkan.portal.organisation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * The services speak UTC instants; people in Huddinge read Swedish local time. Templates of the organisation,
 * registry, crisis and follow-up pages show every instant as {@code ${@when.local(x)}} ("2026-11-22 10:20").
 */
@Component("when")
public class LocalTimes {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
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
}
