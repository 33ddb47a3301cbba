package org.samverkan.inventory.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.inventory.organization.OrganizationCopies;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.consumer.ProjectionWriter.Outcome;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the inventory's copy of each organisation's name and status, so only verified organisations' capacity counts. */
@Component
class RegistryEventsListener {
    static final String LISTENER_ID = "registry-organizations";
    private final EventReader reader;
    private final OrganizationCopies copies;
    private final ConsumerMetrics metrics;

    RegistryEventsListener(EventReader reader, OrganizationCopies copies, ConsumerMetrics metrics) {
        this.reader = reader;
        this.copies = copies;
        this.metrics = metrics;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = RegistryContract.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        Outcome outcome = null;
        // Any state-carrying type is applied alike (status decides whether capacity counts: only VERIFIED does,
        // MERGED, SUSPENDED and PENDING do not); types this service does not know are ignored.
        if (RegistryContract.STATE_EVENTS.contains(event.type())) {
            var state = event.data(RegistryContract.OrganizationState.class);
            require(state.organizationId(), state.name(), state.status());
            outcome = copies.apply(state.organizationId(), state.name(), state.status(), event.aggregateVersion());
        }
        metrics.consumed(event.type(), outcome == null ? "ignored" : outcome.name().toLowerCase());
    }

    private static void require(String... fields) {
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                throw new MalformedEventException("Organisation event lacks a required field");
            }
        }
    }
}
