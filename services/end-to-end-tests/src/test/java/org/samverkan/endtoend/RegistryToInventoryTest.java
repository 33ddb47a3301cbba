package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samverkan.endtoend.InProcessServices.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The walking skeleton: the registry and the inventory as two applications, each with its own database, joined
 * only by the real broker. What the registry decides about an organisation reaches the inventory's copy.
 */
class RegistryToInventoryTest {
    private static final String TOPIC = "samverkan.registry.organization";
    private static final String REGISTERED = "org.samverkan.registry.OrganizationRegistered";
    private static ConfigurableApplicationContext registry;
    private static ConfigurableApplicationContext inventory;

    @BeforeAll
    static void start() {
        registry = InProcessServices.start(RegistryApplication.class, "e2e-registry");
        inventory = InProcessServices.start(InventoryApplication.class, "e2e-inventory");
    }

    @AfterAll
    static void stop() {
        inventory.close();
        registry.close();
    }

    @Test
    void anOrganisationRegisteredInTheRegistryReachesTheInventoryAndItsStatusFollows() {
        String id = register("Somaliska kvinnoföreningen Flemingsberg");
        JsonView copy = awaitCopy(id, 1);
        assertThat(copy.status()).isEqualTo("PENDING");
        assertThat(copy.capacityCounts()).isFalse();

        assertThat(http(registry).post("/api/organizations/" + id + "/verification", TestTokens.role("registry-admin"), null).status())
                .isEqualTo(200);
        assertThat(awaitCopy(id, 2).capacityCounts()).isTrue();

        http(registry).post("/api/organizations/" + id + "/suspension", TestTokens.role("registry-admin"), "{\"reason\": \"Nedlagd\"}");
        JsonView suspended = awaitCopy(id, 3);
        assertThat(suspended.status()).isEqualTo("SUSPENDED");
        assertThat(suspended.capacityCounts()).isFalse();
    }

    /**
     * A crash after publishing but before removing the event leaves it in the document; the next relay round
     * publishes it again. The broker then holds it twice and the inventory applies it once.
     */
    @Test
    void aCrashBetweenPublishAndRemovalYieldsADuplicateThatTheConsumerIgnores() {
        String id = register("Vårby gårds kulturförening");
        awaitCopy(id, 1);
        ConsumerRecord<String, byte[]> published = eventsOf(id).getFirst();
        MongoTemplate registryStore = registry.getBean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                registryStore.findById(id, Document.class, "organizations").getList("pendingEvents", Document.class).isEmpty());
        ConsumerMetrics metrics = inventory.getBean(ConsumerMetrics.class);
        double duplicatesBefore = metrics.count(REGISTERED, "already_seen");

        registryStore.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push("pendingEvents", asPending(published)).set("outboxPending", true), "organizations");

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() == 2);
        List<ConsumerRecord<String, byte[]>> both = eventsOf(id);
        assertThat(header(both.get(1), "ce_id")).isEqualTo(header(both.get(0), "ce_id"));
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics.count(REGISTERED, "already_seen") > duplicatesBefore);
        JsonView copy = copy(id);
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.name()).isEqualTo("Vårby gårds kulturförening");
    }

    @Test
    void theTraceOfTheRequestContinuesThroughTheOutboxAndKafka() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Response created = http(registry).send("POST", "/api/organizations", null,
                "{\"name\": \"Snättringe hembygdsförening\", \"kind\": \"ASSOCIATION\"}",
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        String id = created.json().get("id").asString();
        ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id), e -> !e.isEmpty()).getFirst();
        assertThat(header(event, "traceparent")).startsWith("00-" + traceId + "-");
    }

    private static Document asPending(ConsumerRecord<String, byte[]> record) {
        return new Document("eventId", header(record, "ce_id"))
                .append("type", header(record, "ce_type"))
                .append("topic", record.topic())
                .append("subject", header(record, "ce_subject"))
                .append("aggregateVersion", Long.parseLong(header(record, "ce_aggregateversion")))
                .append("time", Date.from(java.time.Instant.parse(header(record, "ce_time"))))
                .append("traceparent", header(record, "traceparent"))
                .append("payload", new String(record.value(), StandardCharsets.UTF_8));
    }

    private static String register(String name) {
        Response created = http(registry).post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonView awaitCopy(String id, long version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> copy(id), c -> c != null && c.version() == version);
    }

    private static JsonView copy(String id) {
        Response response = http(inventory).get("/api/organizations/" + id, TestTokens.role("crisis-staff"));
        if (response.status() != 200) {
            return null;
        }
        var json = response.json();
        return new JsonView(json.get("name").asString(), json.get("status").asString(),
                json.get("capacityCounts").asBoolean(), json.get("registryVersion").asLong());
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String id) {
        return TopicProbe.readAll(TOPIC).stream().filter(r -> id.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    record JsonView(String name, String status, boolean capacityCounts, long version) {
    }
}
