package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.offer.OfferEvents;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.samverkan.platform.consumer.EventBindings;
import org.samverkan.platform.test.InputBindings;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaying the registry's whole stream (consumer group reset to the start) leaves what counts — matching, the
 * offers' standing — exactly as it was; and the inventory's own offer stream replays to the offers' current state.
 */
class InventoryReplayTest extends InventoryIntegrationBase {
    private static final String GROUP = "needs-capacity";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    BindingsLifecycleController bindings;
    @Autowired
    EventBindings functions;

    @Test
    void replayingTheRegistryStreamYieldsTheSameMatchesAndStanding() throws Exception {
        String verified = verifiedOrganization("Visättra moské");
        String suspended = verifiedOrganization("Visättra IF");
        String kept = offer(verified, offerBody("psychosocial-support", 4, List.of("visattra"), List.of("ar"), List.of(), Instant.now()))
                .get("id").asString();
        // Offered while verified: a suspended organisation's representatives are refused.
        String dropped = offer(suspended, offerBody("psychosocial-support", 4, List.of("visattra"), List.of("ar"), List.of(), Instant.now()))
                .get("id").asString();
        RegistryRecords.send(RegistryRecords.state(suspended, 3, "OrganizationSuspended", "Visättra IF", "SUSPENDED", null));
        RegistryRecords.send(RegistryRecords.profileChanged(verified, 3, "Visättra moské och kulturförening", "VERIFIED"));
        awaitStatus(suspended, "SUSPENDED");
        String need = need(needBody("psychosocial-support", 3, List.of("visattra"), List.of(), List.of("ar"),
                Instant.now().plus(1, ChronoUnit.DAYS))).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/organizations/" + verified, STAFF).json()
                .get("name").asString().startsWith("Visättra moské och"));
        String before = snapshot(need, verified, suspended, kept, dropped);
        assertThat(before).contains(kept).doesNotContain("\"offerId\":\"" + dropped);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()))) {
            awaitCaughtUp(admin);
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
        }
        assertThat(snapshot(need, verified, suspended, kept, dropped)).isEqualTo(before);
    }

    @Test
    void theNewestEventOfEachOfferOnItsTopicIsTheOffersCurrentState() {
        String org = verifiedOrganization("Segeltorps kyrka");
        String id = offer(org, offerBody("premises", 2, List.of("segeltorp"), List.of(), List.of(), Instant.now())).get("id").asString();
        http().post("/api/offers/" + id + "/withdrawal", TestTokens.representative(org), null);
        JsonNode current = http().get("/api/offers/" + id, STAFF).json();
        JsonNode replayed = await().atMost(Duration.ofSeconds(20)).until(() -> newest(id), n -> n != null
                && "WITHDRAWN".equals(n.get("status").asString()));
        Map<String, String> fields = new HashMap<>();
        replayed.properties().forEach(e -> fields.put(e.getKey(), e.getValue().toString()));
        assertThat(fields.get("offerId")).isEqualTo(current.get("id").toString());
        for (String field : List.of("organizationId", "resourceType", "quantity", "remainingQuantity", "areas", "status")) {
            assertThat(fields.get(field)).as(field).isEqualTo(current.get(field).toString());
        }
    }

    private JsonNode newest(String offerId) {
        List<ConsumerRecord<String, byte[]>> records = TopicProbe.readAll(OfferEvents.TOPIC).stream()
                .filter(r -> offerId.equals(r.key())).toList();
        return records.isEmpty() ? null : JSON.readTree(records.getLast().value());
    }

    private String snapshot(String need, String... ids) {
        StringBuilder state = new StringBuilder(http().get("/api/needs/" + need + "/matches?limit=200", STAFF).body());
        for (String id : ids) {
            // Organisations and offers share nothing in their ids; one of the two paths is a 404 problem, equal both times.
            state.append(http().get("/api/organizations/" + id, STAFF).body()).append(http().get("/api/offers/" + id, STAFF).body());
        }
        return state.toString();
    }

    private static void awaitCaughtUp(Admin admin) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            var ends = admin.listOffsets(partitions(admin).stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            return ends.entrySet().stream().allMatch(e -> committed.containsKey(e.getKey())
                    && committed.get(e.getKey()).offset() >= e.getValue().offset());
        });
    }

    private static List<TopicPartition> partitions(Admin admin) throws Exception {
        return admin.describeTopics(List.of(RegistryRecords.TOPIC)).allTopicNames().get().get(RegistryRecords.TOPIC)
                .partitions().stream().map(p -> new TopicPartition(RegistryRecords.TOPIC, p.partition())).toList();
    }
}
