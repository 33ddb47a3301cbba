package org.samverkan.communications.situation;

import java.time.Instant;
import java.util.List;

import org.samverkan.communications.notice.Cap;
import org.samverkan.platform.events.EventType;

/** Situation updates (topic {@value #TOPIC}, key = update id): staff's dated reports, no personal data. */
public final class SituationUpdateEvents {
    public static final String TOPIC = "samverkan.communications.situation";

    private SituationUpdateEvents() {
    }

    @EventType("org.samverkan.communications.SituationUpdatePublished")
    public record SituationUpdatePublished(String updateId, String incident, String title, String situation,
                                           String measuresTaken, String nextSteps, List<String> areas,
                                           List<String> targetGroups, Cap.Severity severity, Instant publishedAt) {
    }
}
