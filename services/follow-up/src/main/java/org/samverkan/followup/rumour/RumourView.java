package org.samverkan.followup.rumour;

import java.time.Instant;
import java.util.List;

/** A rumour in the register; {@code counterMessageNoticeId} is set once a counter-message was requested. */
public record RumourView(String id, String text, String language, String channel, List<String> areas,
                         List<String> targetGroups, boolean stigmatising, RumourStatus status, String note,
                         String organizationId, String counterMessageNoticeId, Instant reportedAt, Instant changedAt,
                         long version) {
}
