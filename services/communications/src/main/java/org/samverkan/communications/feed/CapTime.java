package org.samverkan.communications.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CAP 1.2 times: seconds precision, and UTC written "-00:00" as §3.3.2 requires (never "Z", and not "+00:00"). */
final class CapTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'").withZone(ZoneOffset.UTC);

    private CapTime() {
    }

    static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
