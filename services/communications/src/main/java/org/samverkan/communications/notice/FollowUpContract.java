package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventTypes;

/**
 * Follow-up's rumour topic ({@value #TOPIC}, key = rumour id), as documented in docs/asyncapi.yaml: communications
 * reads only the counter-message requests — what a counter-message must address, never who spread a rumour or whom
 * it targets by name — and knows the topic's other types so as to pass them over.
 */
final class FollowUpContract {
    static final String TOPIC = "samverkan.followup.rumour";
    static final String[] NOT_READ = {"org.samverkan.followup.RumourReported", "org.samverkan.followup.RumourStatusChanged"};

    private FollowUpContract() {
    }

    @EventTypes("org.samverkan.followup.CounterMessageRequested")
    record CounterMessageRequested(String rumourId, String summary, List<String> areas, List<String> targetGroups,
                                   List<String> languages, Instant requestedAt) {
    }
}
