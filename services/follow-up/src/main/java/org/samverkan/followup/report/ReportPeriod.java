package org.samverkan.followup.report;

import java.time.LocalDate;

import org.samverkan.platform.web.RuleViolationException;

/** A report's period must lie where the dashboard can count (and java.time can add days): years 1900–2200. */
final class ReportPeriod {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private ReportPeriod() {
    }

    static void requireWithinBounds(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new RuleViolationException(field, field + " must be between " + EARLIEST + " and " + LATEST + ", not " + date);
        }
    }
}
