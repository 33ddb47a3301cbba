package org.samverkan.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestProducer;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.samverkan.registry.organization.OrganizationEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail is a consumer of the registry's own topic: an entry per event, written once, after the change was
 * answered; events name their actor by an opaque id only, and erasing the id's mapping leaves the entries nameless.
 */
class AuditFromEventsTest extends RegistryIntegrationBase {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    BindingsLifecycleController bindings;

    @Test
    void anEventDeliveredTwiceLeavesOneEntry() {
        String id = register("Fullersta bygdegårdsförening");
        List<JsonNode> first = awaitEntries(id, 1);
        ConsumerRecord<String, byte[]> registered = TopicProbe.readAll(OrganizationEvents.TOPIC).stream()
                .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(OrganizationEvents.TOPIC, null, registered.key(),
                registered.value(), registered.headers());
        TestProducer.send(again);
        // A later event of the same organisation, on the same partition: once its entry is there, the repeat was read.
        assertThat(http().post("/api/organizations/" + id + "/verification", admin, null).status()).isEqualTo(200);

        List<JsonNode> entries = awaitEntries(id, 2);
        assertThat(RegistryEvents.of(id)).as("the registration really is on the topic twice").hasSize(3);
        assertThat(entries).extracting(e -> e.get("action").asString()).containsExactly("REGISTERED", "VERIFIED");
        assertThat(entries.getFirst().get("id").asString()).isEqualTo(first.getFirst().get("id").asString())
                .isEqualTo(header(registered, "ce_id"));
    }

    @Test
    void aChangeIsAnsweredWhileTheAuditTrailCannotBeWrittenAndItsEntryFollows() {
        String id = register("Snättringe scoutkår");
        awaitEntries(id, 1);
        bindings.stop("auditEntries-in-0");
        try {
            Response verified = http().post("/api/organizations/" + id + "/verification", admin, null);
            assertThat(verified.status()).isEqualTo(200);
            RegistryEvents.await(id, 2);
            assertThat(entries(id)).as("no entry while the audit consumer is stopped").hasSize(1);
        } finally {
            bindings.start("auditEntries-in-0");
        }
        assertThat(awaitEntries(id, 2)).extracting(e -> e.get("action").asString()).containsExactly("REGISTERED", "VERIFIED");
    }

    @Test
    void noEventOnTheTopicCarriesALoginName() {
        String login = "kari.nordmann@huddinge.se";
        String id = register("Stuvsta hembygdsförening");
        assertThat(http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.representative(id),
                "{\"name\": \"Stuvsta hembygdsförening\", \"description\": \"Hembygd\", \"reach\": {\"areas\": [\"stuvsta\"]}}",
                Map.of()).status()).isEqualTo(200);
        String kari = TestTokens.token(login, List.of("registry-admin"), null);
        http().post("/api/organizations/" + id + "/verification", kari, null);
        http().post("/api/organizations/" + id + "/suspension", kari, "{\"reason\": \"Vilande\"}");

        List<RegistryEvents.Event> events = RegistryEvents.await(id, 4);
        assertThat(events).extracting(e -> e.data().get("actorId").asString())
                .first().isEqualTo("anonymous");
        assertThat(events.subList(1, 4)).allSatisfy(e -> assertThat(e.data().get("actorId").asString()).matches(UUID));
        assertThat(RegistryEvents.allRaw()).noneMatch(raw -> raw.contains(login) || raw.contains("rep-of-")
                || raw.contains("registry-admin-user"));
        assertThat(awaitEntries(id, 4)).extracting(e -> e.get("actor").asString())
                .containsExactly("anonymous", "rep-of-" + id, login, login);
    }

    @Test
    void erasingAnActorLeavesTheEntriesButNoName() {
        String login = "per.persson@huddinge.se";
        String per = TestTokens.token(login, List.of("registry-admin"), null);
        String id = register("Sjödalens pensionärsförening");
        http().post("/api/organizations/" + id + "/verification", per, null);
        List<JsonNode> before = awaitEntries(id, 2);
        String actorId = before.get(1).get("actorId").asString();
        assertThat(before.get(1).get("actor").asString()).isEqualTo(login);

        Response export = http().get("/api/actors?subject=" + login, admin);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("actorId").asString()).isEqualTo(actorId);
        assertThat(export.json().get("actions")).extracting(a -> a.get("action").asString()).contains("VERIFIED");

        assertThat(http().send("DELETE", "/api/actors/" + actorId, admin, null, Map.of()).status()).isEqualTo(204);

        List<JsonNode> after = entries(id);
        assertThat(after).hasSize(2);
        assertThat(after.get(1).get("actorId").asString()).isEqualTo(actorId);
        assertThat(after.get(1).get("actor").asString()).isEqualTo(AuditTrail.ERASED);
        assertThat(http().get("/api/actors/" + actorId, admin).status()).isEqualTo(404);
        assertThat(http().get("/api/audit?actorId=" + actorId, admin).body()).doesNotContain(login);
        assertThat(http().get("/api/actors?subject=" + login, admin).status()).isEqualTo(404);
    }

    private String register(String name) {
        Response created = http().post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<JsonNode> entries(String organizationId) {
        List<JsonNode> entries = new ArrayList<>();
        http().get("/api/audit?organizationId=" + organizationId, admin).json().forEach(entries::add);
        return entries;
    }

    private List<JsonNode> awaitEntries(String organizationId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> entries(organizationId), e -> e.size() >= count);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
