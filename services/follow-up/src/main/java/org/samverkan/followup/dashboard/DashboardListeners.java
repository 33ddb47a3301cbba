package org.samverkan.followup.dashboard;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.consumer.ProjectionWriter.Outcome;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's consumers, one per source topic so each can be watched and reset on its own. Each event becomes one
 * fact in the live generation (and in the one a rebuild is filling, if any).
 */
@Component
class DashboardListeners {
    private final EventReader reader;
    private final DashboardProjection projection;
    private final Generations generations;
    private final ConsumerMetrics metrics;

    DashboardListeners(EventReader reader, DashboardProjection projection, Generations generations, ConsumerMetrics metrics) {
        this.reader = reader;
        this.projection = projection;
        this.generations = generations;
        this.metrics = metrics;
    }

    @KafkaListener(id = "dashboard-organizations", idIsGroup = false, topics = SourceContracts.ORGANIZATIONS)
    void organization(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-offers", idIsGroup = false, topics = SourceContracts.OFFERS)
    void offer(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-needs", idIsGroup = false, topics = SourceContracts.NEEDS)
    void need(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-commitments", idIsGroup = false, topics = SourceContracts.COMMITMENTS)
    void commitment(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-notices", idIsGroup = false, topics = SourceContracts.NOTICES)
    void notice(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-deliveries", idIsGroup = false, topics = SourceContracts.DELIVERIES)
    void delivery(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-observations", idIsGroup = false, topics = SourceContracts.OBSERVATIONS)
    void observation(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    @KafkaListener(id = "dashboard-rumours", idIsGroup = false, topics = SourceContracts.RUMOURS)
    void rumour(ConsumerRecord<String, byte[]> record) {
        project(record);
    }

    private void project(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        Outcome live = null;
        for (String generation : generations.targets()) {
            var outcome = projection.apply(event, generation);
            if (outcome.isEmpty()) {
                metrics.consumed(event.type(), "ignored");
                return;
            }
            live = live == null ? outcome.get() : live;
        }
        metrics.consumed(event.type(), live);
    }
}
