package org.samverkan.followup.rumour;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tracks a rumour until addressed: when communications publishes the rumour's counter-message (NoticePublished or
 * NoticeUpdated carrying counterMessageFor), the rumour becomes ADDRESSED. Idempotent: an ADDRESSED rumour stays as it is.
 */
@Component
class CounterMessageListener {
    static final String NOTICE_TOPIC = "samverkan.communications.notice";
    private static final Set<String> PUBLISHED = Set.of("org.samverkan.communications.NoticePublished",
            "org.samverkan.communications.NoticeUpdated");
    private final EventReader reader;
    private final RumourService rumours;
    private final ConsumerMetrics metrics;

    CounterMessageListener(EventReader reader, RumourService rumours, ConsumerMetrics metrics) {
        this.reader = reader;
        this.rumours = rumours;
        this.metrics = metrics;
    }

    // Its own consumer group: other follow-up listeners (dashboard, reach) read the notice topic too, and in one shared
    // group they would split its partitions between them, each seeing only some notices.
    @KafkaListener(id = "rumour-counter-messages", idIsGroup = false, groupId = "${spring.kafka.consumer.group-id}.rumours",
            topics = NOTICE_TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        if (!PUBLISHED.contains(event.type())) {
            metrics.consumed(event.type(), "ignored");
            return;
        }
        PublishedNotice notice = event.data(PublishedNotice.class);
        if (notice.counterMessageFor() == null || notice.counterMessageFor().isBlank()) {
            metrics.consumed(event.type(), "ignored");
            return;
        }
        metrics.consumed(event.type(), rumours.counterMessagePublished(notice.counterMessageFor(), notice.noticeId()));
    }

    /** The part of communications' NoticePublished / NoticeUpdated that follow-up reads (docs/asyncapi.yaml). */
    record PublishedNotice(String noticeId, String counterMessageFor) {
    }
}
