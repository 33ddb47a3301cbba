package org.samverkan.inventory.commitment;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventTypes;

/**
 * Communications' translation events as the inventory reads them: its own copy of the documented contract
 * (docs/asyncapi.yaml), never communications' classes. Unknown fields are ignored.
 */
final class CommunicationsContract {
    static final String TOPIC = "samverkan.communications.translation";

    private CommunicationsContract() {
    }

    @EventTypes("org.samverkan.communications.TranslationRequested")
    record TranslationRequested(String requestId, String noticeId, String language, List<String> organizationIds,
                                List<String> areas, Instant neededBy, Instant requestedAt) {
    }

    @EventTypes("org.samverkan.communications.TranslationSubmitted")
    record TranslationSubmitted(String requestId, String noticeId, String language, String organizationId, int length,
                                Instant submittedAt) {
    }
}
