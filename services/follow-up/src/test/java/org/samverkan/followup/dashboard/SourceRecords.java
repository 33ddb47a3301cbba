package org.samverkan.followup.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.samverkan.platform.test.TestProducer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events onto the source services' topics in their published format (CloudEvents binary mode headers, JSON
 * data), as their outbox relays do. Every record sent is remembered so a test can deliver it again, unchanged.
 */
public final class SourceRecords {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ProducerRecord<String, byte[]>> SENT = new ArrayList<>();

    private SourceRecords() {
    }

    public static ProducerRecord<String, byte[]> send(String topic, String key, String type, long version, Instant time,
                                                       Map<String, ?> data) {
        String source = "/samverkan/" + switch (topic.split("\\.")[1]) {
            case "registry" -> "stakeholder-registry";
            case "inventory" -> "needs-capacity";
            default -> topic.split("\\.")[1];
        };
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", type, "ce_source", source,
                        "ce_time", time.toString(), "ce_subject", key, "ce_aggregateversion", String.valueOf(version),
                        "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        var record = new ProducerRecord<>(topic, null, key, JSON.writeValueAsBytes(data), headers);
        send(record);
        synchronized (SENT) {
            SENT.add(record);
        }
        return record;
    }

    /** Delivers a record again exactly as it was (same ce_id, version and data): what a relay does after a crash. */
    public static void resend(ProducerRecord<String, byte[]> record) {
        send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
    }

    public static List<ProducerRecord<String, byte[]>> sent() {
        synchronized (SENT) {
            return List.copyOf(SENT);
        }
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        TestProducer.send(record);
    }
}
