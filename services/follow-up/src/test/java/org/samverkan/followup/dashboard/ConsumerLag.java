package org.samverkan.followup.dashboard;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.samverkan.platform.test.TestInfrastructure;

/**
 * Waits until follow-up's consumer group has committed every record of the dashboard's source topics — the committed
 * offset is the end offset on every partition — so everything published before has been processed.
 */
public final class ConsumerLag {
    private ConsumerLag() {
    }

    public static void awaitCaughtUp(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> lag(admin, group) == 0);
        }
    }

    static long lag(Admin admin, String group) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        List<String> topics = SourceContracts.TOPICS.stream().filter(existing::contains).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, d) -> d.partitions()
                .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }
}
