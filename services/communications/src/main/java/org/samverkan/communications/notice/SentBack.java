package org.samverkan.communications.notice;

import java.time.Instant;

/** A reviewer sent the notice back to draft: who (kept here, never in events), when, and what to change. */
public record SentBack(String reviewer, Instant at, String comment) {
}
