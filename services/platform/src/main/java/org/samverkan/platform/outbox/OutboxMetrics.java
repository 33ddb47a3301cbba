package org.samverkan.platform.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Business metrics of the outbox: events published per type, relay rounds that failed, documents in quarantine. */
public class OutboxMetrics {
    private final MeterRegistry registry;
    private final Counter failures;
    private final AtomicLong quarantined = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.failures = Counter.builder("samverkan.outbox.relay.failures")
                .description("Outbox relay rounds that could not publish; the events stay and are retried")
                .register(registry);
        Gauge.builder("samverkan.outbox.quarantined", quarantined, AtomicLong::get)
                .description("Documents whose next event cannot be published; their later events wait (GET /actuator/outbox)")
                .register(registry);
    }

    void published(String type, String topic) {
        Counter.builder("samverkan.events.published").description("Events published to Kafka by the outbox relay")
                .tag("type", type).tag("topic", topic).register(registry).increment();
    }

    void failed() {
        failures.increment();
    }

    void quarantined(long count) {
        quarantined.set(count);
    }
}
