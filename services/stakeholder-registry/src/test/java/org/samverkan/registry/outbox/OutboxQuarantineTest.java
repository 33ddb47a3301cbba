package org.samverkan.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.events.CloudEventHeaders;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryIntegrationBase;
import org.samverkan.relayprobe.RelayProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An event over the producer's {@code max.request.size} can never be published (the store refuses events over
 * {@link AggregateStore#MAX_EVENT_BYTES}, so here the producer's limit is set below that, as a broker or producer
 * configured tighter than the platform's would be): after the configured attempts its
 * document is quarantined (store, gauge, endpoint), its later event waits, other documents flow. Release tries it
 * again; skip keeps it in the document and lets the later event go, in order.
 */
@TestPropertySource(properties = "spring.cloud.stream.kafka.binder.producer-properties.max.request.size=262144")
class OutboxQuarantineTest extends RegistryIntegrationBase {
    private static final String OPERATOR = TestTokens.role("operator");
    /** Over this test's max.request.size of 256 KiB, under the store's own guard. */
    private static final String OVERSIZED = "x".repeat(300_000);
    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void anUnpublishableEventIsQuarantinedItsSuccessorWaitsAndOthersFlowUntilAnOperatorSkipsIt() {
        String poisoned = UUID.randomUUID().toString();
        store.save(RelayProbe.withId(poisoned).note(OVERSIZED));
        store.save(store.find(RelayProbe.class, poisoned).orElseThrow().note("after the oversized one"));
        String healthy = UUID.randomUUID().toString();
        store.save(RelayProbe.withId(healthy).note("an ordinary event"));

        JsonNode mark = await().atMost(Duration.ofSeconds(30)).until(() -> quarantined(poisoned), m -> m != null);
        assertThat(mark.get("collection").asString()).isEqualTo(RelayProbe.COLLECTION);
        assertThat(mark.get("type").asString()).isEqualTo("samverkan.test.ProbeNoted");
        assertThat(mark.get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(mark.get("attempts").asInt()).isEqualTo(3);
        assertThat(mark.get("reason").asString()).contains("RecordTooLargeException").doesNotContain("xxxx");
        String eventId = mark.get("eventId").asString();
        assertThat(meters.get("samverkan.outbox.quarantined").gauge().value()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> versionsOf(healthy).size() == 1);
        // Several sweeps and retry intervals later, nothing of the quarantined aggregate has gone out, not even v2.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> versionsOf(poisoned).isEmpty());
        assertThat(pending(poisoned)).hasSize(2);

        TestHttp.Response released = http().post("/actuator/outbox/" + RelayProbe.COLLECTION + "/" + poisoned, OPERATOR, null);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        JsonNode again = await().atMost(Duration.ofSeconds(30)).until(() -> quarantined(poisoned), m -> m != null);
        assertThat(again.get("eventId").asString()).as("released, tried again, quarantined again").isEqualTo(eventId);
        assertThat(java.time.Instant.parse(again.get("since").asString()))
                .isAfter(java.time.Instant.parse(mark.get("since").asString()));
        assertThat(versionsOf(poisoned)).isEmpty();

        TestHttp.Response skipped = http().send("DELETE", "/actuator/outbox/" + RelayProbe.COLLECTION + "/" + poisoned
                + "?eventId=" + eventId, OPERATOR, null, Map.of());
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> versionsOf(poisoned).equals(List.of(2L)));
        Document document = mongo.findById(poisoned, Document.class, RelayProbe.COLLECTION);
        List<Document> kept = document.getList("outboxSkipped", Document.class);
        assertThat(kept).singleElement().satisfies(e -> {
            assertThat(e.getString("eventId")).isEqualTo(eventId);
            assertThat(e.getString("payload")).as("kept whole, not lost").contains(OVERSIZED);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(poisoned).isEmpty());
        assertThat(quarantined(poisoned)).isNull();
    }

    @Test
    void onlyOperatorsSeeTheQuarantineAndADocumentNotInItIsNotFound() {
        assertThat(http().get("/actuator/outbox", TestTokens.role("registry-admin")).status()).isEqualTo(403);
        assertThat(http().get("/actuator/outbox", OPERATOR).status()).isEqualTo(200);
        assertThat(http().post("/actuator/outbox/" + RelayProbe.COLLECTION + "/no-such-document", OPERATOR, null).status())
                .isEqualTo(404);
        assertThat(http().send("DELETE", "/actuator/outbox/organizations/no-such-document?eventId=e", OPERATOR, null, Map.of())
                .status()).isEqualTo(404);
    }

    private JsonNode quarantined(String id) {
        TestHttp.Response listed = http().get("/actuator/outbox", OPERATOR);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        for (JsonNode mark : listed.json().get("quarantined")) {
            if (id.equals(mark.get("id").asString())) {
                return mark;
            }
        }
        return null;
    }

    private List<Document> pending(String id) {
        return mongo.findById(id, Document.class, RelayProbe.COLLECTION).getList("pendingEvents", Document.class);
    }

    private static List<Long> versionsOf(String id) {
        return TopicProbe.readAll(RelayProbe.TOPIC).stream().filter(r -> id.equals(r.key()))
                .map(OutboxQuarantineTest::version).toList();
    }

    private static long version(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(new String(record.headers().lastHeader(CloudEventHeaders.AGGREGATE_VERSION).value(), StandardCharsets.UTF_8));
    }
}
