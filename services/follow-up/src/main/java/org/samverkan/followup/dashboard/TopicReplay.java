package org.samverkan.followup.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Reads topics from their first record up to where they ended when the replay started, with a fresh consumer that
 * belongs to no group (it commits nothing and disturbs no live consumer). What is published later reaches the new
 * generation through the live consumers, which write into it while it is being built.
 */
@Component
class TopicReplay {
    private final KafkaProperties kafka;

    TopicReplay(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    void replay(List<String> topics, Consumer<ConsumerRecord<String, byte[]>> each) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            Set<String> existing = consumer.listTopics(Duration.ofSeconds(30)).keySet();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                if (existing.contains(topic)) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                }
            }
        }
    }
}
