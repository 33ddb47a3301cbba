package org.samverkan.followup.rumour;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestProducer;

/** Writes communications' NoticePublished records in its published format (docs/asyncapi.yaml), as its relay does. */
final class NoticeRecords {
    static final String TOPIC = "samverkan.communications.notice";
    static final String GROUP = "follow-up.rumours";

    private NoticeRecords() {
    }

    /** A published counter-message; the same event id each time it is given, so a redelivery is exactly that. */
    static ProducerRecord<String, byte[]> counterMessagePublished(String noticeId, String rumourId, long version) {
        String json = """
                {"noticeId": "%s", "incident": "Rykte %s", "category": "Other", "urgency": "Unknown", "severity": "Unknown",
                 "certainty": "Unknown", "areas": ["visattra"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "Motmeddelande", "body": "Det stämmer inte.", "instruction": null}},
                 "media": [], "requiredLanguages": ["sv"], "justifiedMissing": {}, "counterMessageFor": %s,
                 "publishedAt": "2026-11-22T09:00:00Z", "futureField": 1}"""
                .formatted(noticeId, rumourId, rumourId == null ? "null" : "\"" + rumourId + "\"");
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.communications.NoticePublished",
                        "ce_source", "/samverkan/communications", "ce_time", Instant.now().toString(), "ce_subject", noticeId,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(TOPIC, null, noticeId, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Waits until follow-up's counter-message listener (its own consumer group) has processed this record. */
    static void awaitConsumed(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS).get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    static RecordMetadata send(ProducerRecord<String, byte[]> record) {
        return TestProducer.send(record);
    }
}
