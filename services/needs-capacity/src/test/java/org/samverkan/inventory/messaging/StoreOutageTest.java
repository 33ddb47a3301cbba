package org.samverkan.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.test.DroppingProxy;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store goes away under a consumer: every connection to it is cut and the port refuses new ones. The consumer
 * waits — its binding keeps its place (nothing is committed past the first event it could not store) — and
 * dead-letters nothing, however many attempts the outage outlasts; once the store answers again every event is
 * applied, once. The service here has its own consumer group and a store reached only through the proxy.
 */
class StoreOutageTest {
    private static final String GROUP = "needs-capacity-outage-test";
    private static final String DATABASE = "inventory-outage-test";
    private static final String TOPIC = RegistryRecords.TOPIC;

    @Test
    void eventsConsumedWhileTheStoreIsDownWaitAndAreAllAppliedWhenItIsBackWithNothingDeadLettered() throws Exception {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        String[] hostPort = infra.mongoUri(DATABASE).replaceFirst("^mongodb://", "").split("/")[0].split(":");
        try (DroppingProxy store = new DroppingProxy(hostPort[0], Integer.parseInt(hostPort[1]));
             MongoClient direct = MongoClients.create(infra.mongoUri(DATABASE));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()));
             ConfigurableApplicationContext inventory = start(infra, store.port())) {
            String before = UUID.randomUUID().toString();
            RegistryRecords.send(RegistryRecords.registered(before, 1, "Visättra IF"));
            await().atMost(Duration.ofSeconds(30)).until(() -> copies(direct, List.of(before)) == 1);
            awaitCaughtUp(admin);

            store.cut();
            long committedBefore = committed(admin);
            List<String> during = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID().toString()).toList();
            during.forEach(id -> RegistryRecords.send(RegistryRecords.registered(id, 1, "Förening under avbrottet")));
            // Held for far longer than the binding's bounded attempts (max-attempts=2, 100 ms apart) would last: the
            // binding keeps its place and nothing is dead-lettered, at every look.
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> committed(admin) == committedBefore && deadLettered(during).isEmpty());

            store.restore();
            await().atMost(Duration.ofSeconds(60)).until(() -> copies(direct, during) == during.size());
            awaitCaughtUp(admin);
            assertThat(deadLettered(during)).isEmpty();
            assertThat(copies(direct, during)).as("none lost").isEqualTo(during.size());
        }
    }

    private static ConfigurableApplicationContext start(TestInfrastructure.Infrastructure infra, int storePort) {
        return new SpringApplicationBuilder(InventoryApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/" + DATABASE
                        + "?directConnection=true&serverSelectionTimeoutMS=1000&connectTimeoutMS=500&socketTimeoutMS=2000",
                "--spring.cloud.stream.default.group=" + GROUP,
                "--spring.cloud.stream.default.consumer.max-attempts=2",
                "--spring.cloud.stream.default.consumer.back-off-initial-interval=100",
                "--spring.cloud.stream.default.consumer.back-off-max-interval=100",
                "--samverkan.consumer.outage-backoff-initial=200ms",
                "--samverkan.consumer.outage-backoff-max=1s",
                "--samverkan.outbox.sweep-interval=10m",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }

    private static long copies(MongoClient direct, List<String> ids) {
        return direct.getDatabase(DATABASE).getCollection("organization_copies").countDocuments(Filters.in("_id", ids));
    }

    private static List<?> deadLettered(List<String> ids) {
        return TopicProbe.readAll(GROUP + ".dlt").stream().filter(r -> ids.contains(r.key())).toList();
    }

    private static long committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals(TOPIC)).mapToLong(e -> e.getValue().offset()).sum();
    }

    private static void awaitCaughtUp(Admin admin) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            long ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().values().stream().mapToLong(r -> r.offset()).sum();
            return committed(admin) == ends;
        });
    }
}
