package org.samverkan.followup.dashboard;

import java.time.Instant;

/**
 * A rebuild's progress. {@code status}: RUNNING, DONE (its generation is live) or FAILED (the live one stays).
 *
 * @param eventsRead    records read from the topics
 * @param eventsSkipped records that could not be read as events (the live consumers dead-letter those)
 */
public record RebuildStatus(String id, String generation, String status, long eventsRead, long eventsSkipped,
                            Instant startedAt, Instant finishedAt, String failure) {
    RebuildStatus progress(long read, long skipped) {
        return new RebuildStatus(id, generation, status, read, skipped, startedAt, finishedAt, failure);
    }

    RebuildStatus finished(String status, Instant at, String failure) {
        return new RebuildStatus(id, generation, status, eventsRead, eventsSkipped, startedAt, at, failure);
    }
}
