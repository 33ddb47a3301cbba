package org.samverkan.communications.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.OrganizationCopy;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the copy of organisations' status and reach that decides required languages and who receives a notice. */
@Component
class RegistryEventsListener {
    private final EventReader reader;
    private final OrganizationCopies copies;
    private final ConsumerMetrics metrics;

    RegistryEventsListener(EventReader reader, OrganizationCopies copies, ConsumerMetrics metrics) {
        this.reader = reader;
        this.copies = copies;
        this.metrics = metrics;
    }

    @KafkaListener(id = "registry-organizations", idIsGroup = false, topics = RegistryContract.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        if (!RegistryContract.STATE_EVENTS.contains(event.type())) {
            metrics.consumed(event.type(), "ignored");
            return;
        }
        var state = event.data(RegistryContract.OrganizationState.class);
        if (state.organizationId() == null || state.status() == null) {
            throw new MalformedEventException("Organisation event " + event.id() + " lacks organizationId or status");
        }
        var reach = state.reach() == null ? new RegistryContract.Reach(null, null, null) : state.reach();
        metrics.consumed(event.type(), copies.apply(new OrganizationCopy(state.organizationId(), state.name(), state.status(),
                reach.areas(), reach.languages(), reach.targetGroups(), event.aggregateVersion())));
    }
}
