package org.samverkan.followup.rumour;

import org.samverkan.platform.events.EventTypes;

/** The part of communications' notice topic that the rumour register reads (docs/asyncapi.yaml). */
final class NoticeContract {
    static final String TOPIC = "samverkan.communications.notice";
    static final String NOTICE_CANCELLED = "org.samverkan.communications.NoticeCancelled";

    private NoticeContract() {
    }

    @EventTypes({"org.samverkan.communications.NoticePublished", "org.samverkan.communications.NoticeUpdated"})
    record PublishedNotice(String noticeId, String counterMessageFor) {
    }
}
