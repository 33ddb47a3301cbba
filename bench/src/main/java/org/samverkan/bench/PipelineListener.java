package org.samverkan.bench;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.events.EventEnvelope;
import org.samverkan.platform.events.EventReader;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The consuming end of (b), written like a service's listener: EventReader, then a version-guarded projection write. */
@Component
class PipelineListener {
    static final String LISTENER_ID = "bench-pipeline";
    private final EventReader reader;
    private final ProjectionWriter projections;
    private final AtomicReference<Recorder> current = new AtomicReference<>();

    PipelineListener(EventReader reader, ProjectionWriter projections) {
        this.reader = reader;
        this.projections = projections;
    }

    void measure(Recorder recorder) {
        current.set(recorder);
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = BenchApplication.PIPELINE_TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event = reader.read(record);
        if (!BenchEvents.REGISTERED.equals(event.type())) {
            return;
        }
        var registered = event.data(BenchEvents.BenchItemRegistered.class);
        Recorder recorder = current.get();
        if (recorder == null || registered.phase() != recorder.token) {
            return; // left over from an earlier run
        }
        ProjectionWriter.Outcome outcome = projections.applyIfNewer(BenchApplication.PROJECTION, event.subject(), event.aggregateVersion(),
                new Update().set("name", registered.name()).set("kind", registered.kind()).set("status", registered.status())
                        .set("registeredAt", registered.registeredAt()));
        long written = System.nanoTime();
        if (outcome == ProjectionWriter.Outcome.APPLIED) {
            // Save -> relay send: the record's CreateTime (set by the relay's producer) minus the wall-clock save time, in ms.
            long relayed = (record.timestamp() - registered.registeredAt().toEpochMilli()) * 1_000_000L;
            recorder.record(registered.savedAtNanos(), written, relayed);
        }
    }
}
