package org.samverkan.platform.consumer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Business metrics of consumers: events consumed by outcome, and records dead-lettered. */
public class ConsumerMetrics {
    static final String UNKNOWN = "unknown";
    /** Bounds the memory of which unknown types were already logged; past it, unknown types are only counted. */
    private static final int LOGGED_UNKNOWN_LIMIT = 1000;
    private static final Logger log = LoggerFactory.getLogger(ConsumerMetrics.class);
    private final MeterRegistry registry;
    private final Set<String> loggedUnknown = ConcurrentHashMap.newKeySet();

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void consumed(String type, Outcome outcome) {
        consumed(type, outcome.tag());
    }

    private void consumed(String type, String outcome) {
        Counter.builder("samverkan.events.consumed").description("Events consumed, by outcome")
                .tag("type", type).tag("outcome", outcome).register(registry).increment();
    }

    /** The raw type never becomes a tag (an unbounded set); it is logged once instead. */
    void unknownType(String type) {
        consumed(UNKNOWN, "rejected");
        if (loggedUnknown.size() < LOGGED_UNKNOWN_LIMIT && loggedUnknown.add(String.valueOf(type))) {
            log.warn("Event type {} is unknown to this consumer; such events go to the dead-letter topic", type);
        }
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
