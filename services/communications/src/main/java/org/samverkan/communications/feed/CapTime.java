package org.samverkan.communications.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CAP 1.2 times: seconds precision with an explicit offset ("-00:00" style, never "Z"), as the schema's pattern demands. */
final class CapTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private CapTime() {
    }

    static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
