package org.samverkan.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Business metrics of consumers: events consumed by outcome, and records dead-lettered. */
public class ConsumerMetrics {
    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(String type, ProjectionWriter.Outcome outcome) {
        consumed(type, outcome.name().toLowerCase());
    }

    /** @param outcome applied, already_seen or ignored (a type this consumer does not need) */
    public void consumed(String type, String outcome) {
        Counter.builder("samverkan.events.consumed").description("Events consumed, by outcome")
                .tag("type", type).tag("outcome", outcome).register(registry).increment();
    }

    void deadLettered(String topic) {
        Counter.builder("samverkan.events.dead_lettered").description("Records sent to the dead-letter topic")
                .tag("topic", topic).register(registry).increment();
    }

    public double count(String type, String outcome) {
        Counter c = registry.find("samverkan.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
