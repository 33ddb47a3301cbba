package org.samverkan.communications.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Follow-up's counter-message requests (topic {@value #TOPIC}, key = rumour id), as documented in docs/asyncapi.yaml:
 * what a counter-message must address, never who spread a rumour or whom it targets by name.
 */
final class FollowUpContract {
    static final String TOPIC = "samverkan.followup.rumour";
    static final String COUNTER_MESSAGE_REQUESTED = "org.samverkan.followup.CounterMessageRequested";

    private FollowUpContract() {
    }

    record CounterMessageRequested(String rumourId, String summary, List<String> areas, List<String> targetGroups,
                                   List<String> languages, Instant requestedAt) {
    }
}
