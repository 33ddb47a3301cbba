package org.samverkan.communications.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.events.EventType;

/**
 * Communications' published contract for notices (topic {@value #TOPIC}, key = notice id). Every event carries the
 * notice's public state: texts are public information; author and reviewer identities are not included.
 */
public final class NoticeEvents {
    public static final String TOPIC = "samverkan.communications.notice";

    private NoticeEvents() {
    }

    @EventType("org.samverkan.communications.NoticePublished")
    public record NoticePublished(String noticeId, String incident, Cap.Category category, Cap.Urgency urgency,
                                  Cap.Severity severity, Cap.Certainty certainty, List<String> areas,
                                  List<String> targetGroups, String sourceLanguage, Map<String, NoticeText> texts,
                                  List<MediaLink> media, List<String> requiredLanguages, Map<String, String> justifiedMissing,
                                  String counterMessageFor, Cap.Status capStatus, Instant publishedAt) {
        static NoticePublished of(NoticeView v) {
            NoticeContent c = v.content();
            return new NoticePublished(v.id(), c.incident(), c.category(), c.urgency(), c.severity(), c.certainty(), c.areas(),
                    c.targetGroups(), c.sourceLanguage(), c.texts(), c.media(), v.requiredLanguages(), v.justifiedMissing(),
                    v.counterMessageFor(), c.capStatus(), v.publishedAt());
        }
    }

    /** A published notice that replaces an earlier one ({@code replaces}); the earlier one is then UPDATED. */
    @EventType("org.samverkan.communications.NoticeUpdated")
    public record NoticeUpdated(String noticeId, String replaces, String incident, Cap.Category category,
                                Cap.Urgency urgency, Cap.Severity severity, Cap.Certainty certainty, List<String> areas,
                                List<String> targetGroups, String sourceLanguage, Map<String, NoticeText> texts,
                                List<MediaLink> media, List<String> requiredLanguages, Map<String, String> justifiedMissing,
                                String counterMessageFor, Cap.Status capStatus, Instant publishedAt) {
        static NoticeUpdated of(NoticeView v) {
            NoticeContent c = v.content();
            return new NoticeUpdated(v.id(), c.replaces(), c.incident(), c.category(), c.urgency(), c.severity(),
                    c.certainty(), c.areas(), c.targetGroups(), c.sourceLanguage(), c.texts(), c.media(),
                    v.requiredLanguages(), v.justifiedMissing(), v.counterMessageFor(), c.capStatus(), v.publishedAt());
        }
    }

    @EventType("org.samverkan.communications.NoticeCancelled")
    public record NoticeCancelled(String noticeId, String incident, List<String> areas, List<String> targetGroups,
                                  String reason, Instant cancelledAt) {
        static NoticeCancelled of(NoticeView v) {
            return new NoticeCancelled(v.id(), v.content().incident(), v.content().areas(), v.content().targetGroups(),
                    v.cancelReason(), v.changedAt());
        }
    }
}
