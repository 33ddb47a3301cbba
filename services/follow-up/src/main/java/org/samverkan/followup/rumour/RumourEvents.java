package org.samverkan.followup.rumour;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * Follow-up's published contract for rumours (topic {@value #TOPIC}, key = rumour id). Events carry what the rumour
 * says and whom it concerns as groups and areas, never who spread it or who reported it.
 */
public final class RumourEvents {
    public static final String TOPIC = "samverkan.followup.rumour";

    private RumourEvents() {
    }

    @EventType("org.samverkan.followup.RumourReported")
    public record RumourReported(String rumourId, String text, String language, String channel, List<String> areas,
                                 List<String> targetGroups, boolean stigmatising, String status, String organizationId,
                                 Instant reportedAt) {
    }

    @EventType("org.samverkan.followup.RumourStatusChanged")
    public record RumourStatusChanged(String rumourId, String text, String language, String channel, List<String> areas,
                                      List<String> targetGroups, boolean stigmatising, String status, String previousStatus,
                                      String note, String counterMessageNoticeId, Instant changedAt) {
    }

    /** Communications drafts the notice {@code counter-{rumourId}} from this (its FollowUpContract). */
    @EventType("org.samverkan.followup.CounterMessageRequested")
    public record CounterMessageRequested(String rumourId, String summary, List<String> areas, List<String> targetGroups,
                                          List<String> languages, Instant requestedAt) {
    }
}
