package org.samverkan.inventory.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test consumer function on the platform's binding defaults ({@code flaky-in-0}) whose handler fails while
 * {@link #broken} is set — a stand-in for a consumer-side fault (a bug, a missing reference) that retrying cannot
 * fix but an operator can.
 */
@TestConfiguration
public class FlakyConsumer {
    public static final String TOPIC = "test.flaky";
    static final String TYPE = "org.samverkan.test.FlakyHappened";
    public final AtomicBoolean broken = new AtomicBoolean(true);
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    public final List<String> processed = new CopyOnWriteArrayList<>();

    @EventTypes(TYPE)
    record Happened() {
    }

    @Bean
    TypedEventConsumer flaky(EventConsumers consumers) {
        return consumers.of(EventRouter.<Outcome>create().on(Happened.class, event -> {
            String key = event.subject();
            attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.startsWith("poison") && broken.get()) {
                throw new IllegalStateException("cannot handle " + key + " yet");
            }
            processed.add(key);
            return Outcome.APPLIED;
        }));
    }

    /** A well-formed event of the test type, keyed and subject-ed by {@code key}. */
    public static ProducerRecord<String, byte[]> record(String key) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", TYPE, "ce_source", "/samverkan/test",
                        "ce_time", Instant.now().toString(), "ce_subject", key, "ce_aggregateversion", "1",
                        "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(TOPIC, null, key, "{}".getBytes(StandardCharsets.UTF_8), headers);
    }
}
