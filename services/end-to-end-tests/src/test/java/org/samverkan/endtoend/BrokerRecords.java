package org.samverkan.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.samverkan.platform.test.TestInfrastructure;

/**
 * What the shared broker holds beyond a mark taken earlier, on every topic, read by an independent client without a
 * consumer group, as an outside observer would. The mark leaves out what earlier test classes in this JVM published.
 */
final class BrokerRecords {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private final Map<TopicPartition, Long> mark;

    private BrokerRecords(Map<TopicPartition, Long> mark) {
        this.mark = mark;
    }

    /** Marks where every topic ends now; topics created later are read from their start. */
    static BrokerRecords markNow() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return new BrokerRecords(Map.copyOf(consumer.endOffsets(partitions(consumer))));
        }
    }

    /** Every record published since the mark, on every topic but Kafka's internal ones, up to each partition's end now. */
    List<ConsumerRecord<String, byte[]>> sinceMark() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, mark.getOrDefault(p, 0L)));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read to the end of " + partitions + " within " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.listTopics(Duration.ofSeconds(10)).entrySet().stream()
                .filter(topic -> !topic.getKey().startsWith("__"))
                .flatMap(topic -> topic.getValue().stream())
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .toList();
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }
}
