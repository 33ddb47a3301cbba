package org.samverkan.bench;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.samverkan.platform.consumer.ConsumedEvent;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The consuming end of (b), written like a service's consumer: a typed consumer function bound by Spring Cloud
 * Stream ({@code benchPipeline-in-0}), then a version-guarded projection write.
 */
@Component("benchPipeline")
class PipelineListener implements Consumer<Message<byte[]>> {
    private final ProjectionWriter projections;
    private final AtomicReference<Recorder> current = new AtomicReference<>();
    private final ThreadLocal<Long> recordTimestamp = new ThreadLocal<>();
    private final TypedEventConsumer typed;

    @EventTypes(BenchEvents.REGISTERED)
    record Registered(String name, String kind, String status, java.time.Instant registeredAt, long phase, long savedAtNanos) {
    }

    PipelineListener(EventConsumers consumers, ProjectionWriter projections) {
        this.projections = projections;
        this.typed = consumers.of(EventRouter.<Outcome>create().on(Registered.class, this::project));
    }

    void measure(Recorder recorder) {
        current.set(recorder);
    }

    @Override
    public void accept(Message<byte[]> message) {
        recordTimestamp.set((Long) message.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP));
        typed.accept(message);
    }

    private Outcome project(ConsumedEvent<Registered> event) {
        Registered registered = event.data();
        Recorder recorder = current.get();
        if (recorder == null || registered.phase() != recorder.token) {
            return Outcome.IGNORED; // left over from an earlier run
        }
        Outcome outcome = projections.applyIfNewer(BenchApplication.PROJECTION, event.subject(), event.aggregateVersion(),
                new Update().set("name", registered.name()).set("kind", registered.kind()).set("status", registered.status())
                        .set("registeredAt", registered.registeredAt()));
        long written = System.nanoTime();
        if (outcome == Outcome.APPLIED) {
            // Save -> relay send: the record's CreateTime (set by the relay's producer) minus the wall-clock save time, in ms.
            long relayed = (recordTimestamp.get() - registered.registeredAt().toEpochMilli()) * 1_000_000L;
            recorder.record(registered.savedAtNanos(), written, relayed);
        }
        return outcome;
    }
}
