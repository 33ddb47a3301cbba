package org.samverkan.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends dead-lettered records back to the topic they came from, once the cause is fixed. It reads the
 * group's dead-letter topic from where the last replay stopped up to its current end, so a record is replayed
 * once per replay request. Every group on the original topic sees the record again, which idempotent
 * consumers ignore if they had already applied it.
 */
public class DeadLetterReplayer {
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String deadLetterTopic;

    public DeadLetterReplayer(Map<String, Object> kafkaConsumerConfig, KafkaTemplate<String, byte[]> kafka, String group) {
        this.deadLetterTopic = DeadLetters.topicFor(group);
        this.kafka = kafka;
        this.consumerConfig = new java.util.HashMap<>(kafkaConsumerConfig);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group + ".dlt-replay");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** Records waiting in the dead-letter topic that no replay has sent back yet. */
    public long waiting() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitions(consumer);
            var committed = consumer.committed(new java.util.HashSet<>(partitions));
            var ends = consumer.endOffsets(partitions);
            var begins = consumer.beginningOffsets(partitions);
            long waiting = 0;
            for (TopicPartition p : partitions) {
                var c = committed.get(p);
                waiting += ends.get(p) - (c == null ? begins.get(p) : c.offset());
            }
            return waiting;
        }
    }

    public int replay() throws Exception {
        int replayed = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            var committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition p : partitions) {
                if (committed.get(p) == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, committed.get(p).offset());
                }
            }
            var ends = consumer.endOffsets(partitions);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reachedEnd(consumer, partitions, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        sends.add(kafka.send(backToOrigin(record)));
                        replayed++;
                    }
                }
            }
            for (CompletableFuture<?> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
            consumer.commitSync();
        }
        return replayed;
    }

    private boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
                               Map<TopicPartition, Long> ends) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < ends.get(p)) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(deadLetterTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static ProducerRecord<String, byte[]> backToOrigin(ConsumerRecord<String, byte[]> record) {
        Header origin = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (origin == null) {
            throw new IllegalStateException("Dead-lettered record at offset " + record.offset() + " names no original topic");
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("kafka_dlt-")) {
                headers.add(h);
            }
        }
        return new ProducerRecord<>(new String(origin.value(), StandardCharsets.UTF_8), null, record.key(), record.value(), headers);
    }
}
