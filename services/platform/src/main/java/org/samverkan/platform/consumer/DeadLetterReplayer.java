package org.samverkan.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Re-delivers dead-lettered records, once the cause is fixed, to the consumer that failed them — the one binding
 * of the original group that reads the original topic — in this process, never through the source topic, so no
 * other group sees them again. It reads from where the last replay stopped up to the end it saw at the start. A
 * record that fails permanently again goes back to the dead-letter topic once; a transient failure stops the
 * replay there, to go on next time. One replay at a time per group, across instances (a lease).
 */
public class DeadLetterReplayer {
    /** Longer than a replay can take: {@link #READ_LIMIT}, then at most one record's send (30 s) and commit. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final String FAILURE_HEADERS = KafkaHeaders.PREFIX + "dlt-exception";
    private static final Duration READ_LIMIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);
    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final String group;
    private final String deadLetterTopic;
    private final EventBindings bindings;
    private final EventReader reader;
    private final Leases leases;

    public DeadLetterReplayer(Map<String, Object> kafkaConsumerConfig, KafkaTemplate<byte[], byte[]> kafka, String group,
                              EventBindings bindings, EventReader reader, Leases leases) {
        this.group = group;
        this.deadLetterTopic = DeadLetters.topicFor(group);
        this.kafka = kafka;
        this.bindings = bindings;
        this.reader = reader;
        this.leases = leases;
        this.consumerConfig = new HashMap<>(kafkaConsumerConfig);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group + ".dlt-replay");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** Records waiting in the dead-letter topic that no replay has taken yet. */
    public long waiting() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitions(consumer);
            var committed = consumer.committed(new HashSet<>(partitions));
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

    /** @return what the replay did, or null if another replay of this group is under way */
    public ReplayReport replay() throws Exception {
        Leases.Claim claim = leases.claim("deadletter-replay:" + group, LEASE);
        if (claim == null) {
            return null;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            return replay(consumer);
        } finally {
            leases.release(claim);
        }
    }

    private ReplayReport replay(KafkaConsumer<byte[], byte[]> consumer) throws Exception {
        List<TopicPartition> partitions = partitions(consumer);
        consumer.assign(partitions);
        var committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition p : partitions) {
            if (committed.get(p) == null) {
                consumer.seekToBeginning(List.of(p));
            } else {
                consumer.seek(p, committed.get(p).offset());
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        ReplayReport.Builder report = new ReplayReport.Builder(deadLetterTopic);
        long deadline = System.nanoTime() + READ_LIMIT.toNanos();
        while (!reachedEnd(consumer, partitions, ends)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= ends.get(partition)) {
                    continue;
                }
                // Checked per record, so a replay ends well within its lease and says where it stopped.
                if (System.nanoTime() > deadline) {
                    report.stoppedAt(record.offset(), "time limit of " + READ_LIMIT.toSeconds() + " s reached; replay again");
                    return report.build();
                }
                if (!redeliver(record, report)) {
                    return report.build();
                }
                // Committed per record: a replay that fails halfway never hands the same dead letter on twice.
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            }
        }
        return report.build();
    }

    /** @return false if the replay must stop here (the record's infrastructure is away) */
    private boolean redeliver(ConsumerRecord<byte[], byte[]> record, ReplayReport.Builder report) throws Exception {
        String topic = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String originGroup = header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        if (topic == null) {
            log.warn("Dead letter at {}@{} names no original topic; skipped", deadLetterTopic, record.offset());
            report.skipped(record.offset(), "no " + KafkaHeaders.DLT_ORIGINAL_TOPIC + " header");
            return true;
        }
        String failedGroup = originGroup == null ? group : originGroup;
        var consumer = bindings.consumerOf(failedGroup, topic);
        if (consumer.isEmpty()) {
            log.warn("Dead letter at {}@{} is from group {} on {}, which no binding here consumes; skipped",
                    deadLetterTopic, record.offset(), failedGroup, topic);
            report.skipped(record.offset(), "no binding of group " + failedGroup + " reads " + topic);
            return true;
        }
        try {
            consumer.get().dispatch(reader.read(name -> header(record, name), record.value(), topic));
            report.replayed();
            return true;
        } catch (RuntimeException failure) {
            if (FailureKind.of(failure) == FailureKind.TRANSIENT) {
                log.warn("Replay of {} stopped at offset {}: {}", deadLetterTopic, record.offset(), failure.toString());
                report.stoppedAt(record.offset(), failure.toString());
                return false;
            }
            kafka.send(againDeadLettered(record, failure)).get(30, TimeUnit.SECONDS);
            report.failedAgain(record.offset());
            return true;
        }
    }

    /** The record back on the dead-letter topic once, with the new failure in place of the old one. */
    private ProducerRecord<byte[], byte[]> againDeadLettered(ConsumerRecord<byte[], byte[]> record, RuntimeException failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            if (!h.key().startsWith(FAILURE_HEADERS)) {
                headers.add(h);
            }
        }
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, failure.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(), headers);
    }

    private boolean reachedEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < ends.get(p)) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(deadLetterTopic).forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        return partitions;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
