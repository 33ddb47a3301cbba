package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.communications.notice.NoticeEvents;
import org.samverkan.communications.situation.SituationUpdateEvents;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns published notices and situation updates into deliveries. It listens to the service's own events, so
 * publishing stays one atomic write and fan-out follows it, however many organisations there are.
 */
@Component
class FanOutListener {
    private final EventReader reader;
    private final FanOut fanOut;
    private final ConsumerMetrics metrics;

    FanOutListener(EventReader reader, FanOut fanOut, ConsumerMetrics metrics) {
        this.reader = reader;
        this.fanOut = fanOut;
        this.metrics = metrics;
    }

    record Published(String noticeId, List<String> areas, List<String> targetGroups, Map<String, Object> texts) {
    }

    record Situation(String updateId, List<String> areas) {
    }

    @KafkaListener(id = "delivery-fan-out", idIsGroup = false, topics = {NoticeEvents.TOPIC, SituationUpdateEvents.TOPIC})
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        int created;
        if (event.type().endsWith(".NoticePublished") || event.type().endsWith(".NoticeUpdated")) {
            Published notice = event.data(Published.class);
            created = fanOut.deliver(DeliveryEvents.MessageKind.NOTICE, notice.noticeId(), notice.areas(), notice.targetGroups(),
                    notice.texts().keySet());
        } else if (event.type().endsWith(".SituationUpdatePublished")) {
            // Staff's situation reports go to every verified organisation reaching an affected area, in Swedish.
            Situation update = event.data(Situation.class);
            created = fanOut.deliver(DeliveryEvents.MessageKind.SITUATION_UPDATE, update.updateId(), update.areas(), List.of(),
                    List.of("sv"));
        } else {
            metrics.consumed(event.type(), "ignored");
            return;
        }
        metrics.consumed(event.type(), created > 0 ? "applied" : "already_seen");
    }
}
