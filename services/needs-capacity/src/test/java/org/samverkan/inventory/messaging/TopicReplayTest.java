package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.samverkan.platform.consumer.EventBindings;
import org.samverkan.platform.test.InputBindings;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * Rebuilding a projection the way an operator would: stop the service's consumers, reset the group to the start
 * of the topic, start them again. Every event is delivered a second time and the local copies stay exactly as they were.
 */
class TopicReplayTest extends InventoryIntegrationBase {
    private static final String GROUP = "needs-capacity";
    private static final String REGISTERED = "org.samverkan.registry.OrganizationRegistered";
    @Autowired
    BindingsLifecycleController bindings;
    @Autowired
    EventBindings functions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConsumerMetrics metrics;

    @Test
    void replayingTheRegistryTopicFromTheStartChangesNoState() throws Exception {
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            RegistryRecords.send(RegistryRecords.registered(id, 1, "Förening " + i));
            RegistryRecords.send(RegistryRecords.verified(id, 2));
            if (i % 2 == 0) {
                RegistryRecords.send(RegistryRecords.suspended(id, 3));
            }
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()))) {
            awaitCaughtUp(admin);
            Map<Object, Document> before = copies();
            assertThat(before).hasSizeGreaterThanOrEqualTo(5);
            double redeliveredBefore = metrics.count(REGISTERED, "already_seen");

            // Like an operator: stop every consumer of the group (the service), reset, start again.
            InputBindings.stopAll(bindings, functions);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> InputBindings.noneRunning(bindings, functions));
                Map<TopicPartition, OffsetAndMetadata> toStart = partitions(admin).stream()
                        .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> admin.alterConsumerGroupOffsets(GROUP, toStart).all().get() == null);
            } finally {
                InputBindings.startAll(bindings, functions);
            }

            awaitCaughtUp(admin);
            assertThat(metrics.count(REGISTERED, "already_seen") - redeliveredBefore)
                    .as("every registration was delivered again").isGreaterThanOrEqualTo(5);
            assertThat(copies()).isEqualTo(before);
        }
    }

    private void awaitCaughtUp(Admin admin) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            var ends = admin.listOffsets(partitions(admin).stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            return ends.entrySet().stream().allMatch(e -> committed.containsKey(e.getKey())
                    && committed.get(e.getKey()).offset() >= e.getValue().offset());
        });
    }

    private List<TopicPartition> partitions(Admin admin) throws Exception {
        return admin.describeTopics(List.of(RegistryRecords.TOPIC)).allTopicNames().get().get(RegistryRecords.TOPIC)
                .partitions().stream().map(p -> new TopicPartition(RegistryRecords.TOPIC, p.partition())).toList();
    }

    private Map<Object, Document> copies() {
        return mongo.find(new Query(), Document.class, "organization_copies").stream()
                .collect(Collectors.toMap(d -> d.get("_id"), d -> d));
    }
}
