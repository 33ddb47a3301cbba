package org.samverkan.communications.translation;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.events.EventType;

/**
 * Communications' published contract for translation requests (topic {@value #TOPIC}, key = request id). Facts of
 * the request only: which notice, which language, which organisations were asked; never the text, an address or who
 * asked or translated. The inventory reads them as a need for interpretation and a delivered commitment.
 */
public final class TranslationEvents {
    public static final String TOPIC = "samverkan.communications.translation";

    private TranslationEvents() {
    }

    /**
     * @param areas    the notice's areas: where the interpretation is for
     * @param neededBy when the officer needs the text
     */
    @EventType("org.samverkan.communications.TranslationRequested")
    public record TranslationRequested(String requestId, String noticeId, String language, List<String> organizationIds,
                                       List<String> areas, Instant neededBy, Instant requestedAt) {
    }

    /** @param length the translation's length in characters (headline, body and instruction), not the text */
    @EventType("org.samverkan.communications.TranslationSubmitted")
    public record TranslationSubmitted(String requestId, String noticeId, String language, String organizationId, int length,
                                       Instant submittedAt) {
    }
}
