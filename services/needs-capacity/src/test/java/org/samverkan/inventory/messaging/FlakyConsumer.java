package org.samverkan.inventory.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A test consumer on the platform's listener defaults whose handler fails while {@link #broken} is set —
 * a stand-in for a consumer-side fault (a bug, a missing reference) that retrying cannot fix but an operator can.
 */
@TestConfiguration
public class FlakyConsumer {
    public static final String TOPIC = "test.flaky";
    public final AtomicBoolean broken = new AtomicBoolean(true);
    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    public final java.util.List<String> processed = new CopyOnWriteArrayList<>();

    @KafkaListener(id = "flaky", idIsGroup = false, topics = TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        attempts.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        if (record.key().startsWith("poison") && broken.get()) {
            throw new IllegalStateException("cannot handle " + record.key() + " yet");
        }
        processed.add(record.key());
    }
}
