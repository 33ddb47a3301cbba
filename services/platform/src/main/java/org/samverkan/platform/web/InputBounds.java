package org.samverkan.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

/**
 * The platform's outer bounds for anything a client sends (docs/api.md, "Input bounds"). A field may be bounded
 * tighter with {@code @Size}; none is looser, so a new field is bounded without anyone remembering to.
 * Dates outside the range have no meaning here and overflow the store's date conversion. Whole request bodies are
 * bounded by {@code samverkan.web.max-body-size} (default 4 MB).
 */
public final class InputBounds {
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
    /** Characters in any one string value. */
    public static final int MAX_STRING = 10_000;
    /** Elements in any one list or entries in any one map. */
    public static final int MAX_ELEMENTS = 1_000;

    private InputBounds() {
    }

    /** @return why {@code value} is out of bounds, or {@code null} when it is within them */
    public static String violation(Object value) {
        return switch (value) {
            case String s when s.length() > MAX_STRING -> "must be at most " + MAX_STRING + " characters";
            case LocalDate d when d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE) -> dateRange();
            case Instant i when i.isBefore(EARLIEST_INSTANT) || i.isAfter(LATEST_INSTANT) -> dateRange();
            case Collection<?> c when c.size() > MAX_ELEMENTS -> "must have at most " + MAX_ELEMENTS + " elements";
            case Map<?, ?> m when m.size() > MAX_ELEMENTS -> "must have at most " + MAX_ELEMENTS + " entries";
            case null, default -> null;
        };
    }

    private static String dateRange() {
        return "must be between " + EARLIEST_DATE + " and " + LATEST_DATE;
    }
}
