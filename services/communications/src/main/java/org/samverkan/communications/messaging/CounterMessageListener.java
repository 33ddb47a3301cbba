package org.samverkan.communications.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.communications.notice.CounterMessages;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A counter-message request from follow-up becomes a draft notice linked to the rumour, once per rumour. */
@Component
class CounterMessageListener {
    private final EventReader reader;
    private final CounterMessages counterMessages;
    private final ConsumerMetrics metrics;

    CounterMessageListener(EventReader reader, CounterMessages counterMessages, ConsumerMetrics metrics) {
        this.reader = reader;
        this.counterMessages = counterMessages;
        this.metrics = metrics;
    }

    @KafkaListener(id = "followup-counter-messages", idIsGroup = false, topics = FollowUpContract.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        if (!FollowUpContract.COUNTER_MESSAGE_REQUESTED.equals(event.type())) {
            metrics.consumed(event.type(), "ignored");
            return;
        }
        var request = event.data(FollowUpContract.CounterMessageRequested.class);
        if (request.rumourId() == null || request.rumourId().isBlank() || request.summary() == null || request.summary().isBlank()) {
            throw new MalformedEventException("Counter-message request " + event.id() + " lacks rumourId or summary");
        }
        boolean created = counterMessages.draft(request.rumourId(), request.summary(), request.areas(), request.targetGroups(),
                request.languages());
        metrics.consumed(event.type(), created ? "applied" : "already_seen");
    }
}
