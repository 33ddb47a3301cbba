package org.samverkan.followup.rumour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.consumer.ConsumerMetrics;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The rumour register's lifecycle, counter-message request and tracking until addressed, through broker and store. */
class RumourLifecycleTest extends FollowUpIntegrationBase {
    private static final String PUBLISHED = "org.samverkan.communications.NoticePublished";
    @Autowired
    ConsumerMetrics metrics;

    static Map<String, Object> report(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("language", "so");
        body.put("channel", "messaging-app");
        body.put("areas", List.of("visattra", "flemingsberg"));
        body.put("targetGroups", List.of("faith-community-members"));
        body.put("stigmatising", true);
        return body;
    }

    String reported(String token) {
        Response created = http().post("/api/rumours", token, json(report("Smittan sägs komma från en moské i området")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Response status(String id, String status, String token) {
        return http().post("/api/rumours/" + id + "/status", token, json(Map.of("status", status, "note", "kontrollerat")));
    }

    @Test
    void aRumourMovesFromReportedThroughVerifyingToDebunkedAndEachStepIsPublished() {
        String org = UUID.randomUUID().toString();
        String id = reported(TestTokens.representative(org));

        assertThat(status(id, "VERIFYING", EQUALITY).json().get("status").asString()).isEqualTo("VERIFYING");
        Response debunked = status(id, "DEBUNKED", STAFF);
        assertThat(debunked.status()).as(debunked.body()).isEqualTo(200);
        assertThat(debunked.json().get("status").asString()).isEqualTo("DEBUNKED");

        List<Published> events = awaitPublished(RumourEvents.TOPIC, id, 3);
        assertThat(events).extracting(Published::type).containsExactly("org.samverkan.followup.RumourReported",
                "org.samverkan.followup.RumourStatusChanged", "org.samverkan.followup.RumourStatusChanged");
        assertThat(events.get(0).data().propertyNames()).containsExactly("rumourId", "text", "language", "channel", "areas",
                "targetGroups", "stigmatising", "status", "organizationId", "reportedAt");
        assertThat(events.get(0).data().get("organizationId").asString()).isEqualTo(org);
        JsonNode last = events.get(2).data();
        assertThat(last.propertyNames()).containsExactly("rumourId", "text", "language", "channel", "areas", "targetGroups",
                "stigmatising", "status", "previousStatus", "note", "counterMessageNoticeId", "changedAt");
        assertThat(last.get("status").asString()).isEqualTo("DEBUNKED");
        assertThat(last.get("previousStatus").asString()).isEqualTo("VERIFYING");
        assertThat(last.get("stigmatising").asBoolean()).isTrue();
        assertThat(events).allSatisfy(e -> assertThat(e.raw()).doesNotContain("rep-of-", "equality-lead-user", "crisis-staff-user"));
    }

    @Test
    void illegalTransitionsAreRefusedNamingStatus() {
        String id = reported(STAFF);
        Response skipped = status(id, "CONFIRMED", STAFF);
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(422);
        assertThat(errorFields(skipped)).containsExactly("status");
        assertThat(status(id, "REPORTED", STAFF).status()).isEqualTo(422);

        status(id, "VERIFYING", STAFF);
        status(id, "CONFIRMED", STAFF);
        assertThat(status(id, "DEBUNKED", STAFF).status()).isEqualTo(422);
        assertThat(status(id, "ADDRESSED", STAFF).json().get("status").asString()).isEqualTo("ADDRESSED");
        Response afterAddressed = status(id, "VERIFYING", STAFF);
        assertThat(afterAddressed.status()).isEqualTo(422);
        assertThat(errorFields(afterAddressed)).containsExactly("status");

        Response unknown = status(id, "FORGOTTEN", STAFF);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(errorFields(unknown)).containsExactly("status");
    }

    @Test
    void aCounterMessageIsRequestedOnlyForSettledRumoursAndIsPublishedForCommunications() {
        String id = reported(STAFF);
        Map<String, Object> request = Map.of("summary", "Smittan kommer inte från någon moské", "languages", List.of("so", "ar"));
        Response tooEarly = http().post("/api/rumours/" + id + "/counter-message", COMMS, json(request));
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(422);
        assertThat(errorFields(tooEarly)).containsExactly("status");

        status(id, "VERIFYING", EQUALITY);
        status(id, "DEBUNKED", EQUALITY);
        Response requested = http().post("/api/rumours/" + id + "/counter-message", COMMS, json(request));
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(requested.json().get("counterMessageNoticeId").asString()).isEqualTo("counter-" + id);
        assertThat(http().post("/api/rumours/" + id + "/counter-message", COMMS, json(request)).status()).isEqualTo(409);

        Published event = awaitPublished(RumourEvents.TOPIC, id, 4).get(3);
        assertThat(event.type()).isEqualTo("org.samverkan.followup.CounterMessageRequested");
        assertThat(event.data().propertyNames()).containsExactly("rumourId", "summary", "areas", "targetGroups", "languages",
                "requestedAt");
        assertThat(event.data().get("summary").asString()).isEqualTo("Smittan kommer inte från någon moské");
        assertThat(event.data().get("areas").toString()).isEqualTo("[\"visattra\",\"flemingsberg\"]");
        assertThat(event.data().get("languages").toString()).isEqualTo("[\"so\",\"ar\"]");
    }

    @Test
    void thePublishedCounterMessageAddressesTheRumourOnceHoweverOftenItIsDelivered() {
        String id = reported(STAFF);
        status(id, "VERIFYING", STAFF);
        status(id, "CONFIRMED", STAFF);
        http().post("/api/rumours/" + id + "/counter-message", STAFF, json(Map.of("summary", "Vad som gäller", "languages", List.of())));
        double seenBefore = metrics.count(PUBLISHED, "already_seen");

        ProducerRecord<String, byte[]> published = NoticeRecords.counterMessagePublished("counter-" + id, id, 4);
        NoticeRecords.send(published);
        NoticeRecords.awaitConsumed(NoticeRecords.send(published));

        assertThat(metrics.count(PUBLISHED, "already_seen")).isGreaterThan(seenBefore);
        JsonNode rumour = http().get("/api/rumours/" + id, STAFF).json();
        assertThat(rumour.get("status").asString()).isEqualTo("ADDRESSED");
        assertThat(rumour.get("version").asLong()).isEqualTo(5);
        List<Published> events = awaitPublished(RumourEvents.TOPIC, id, 5);
        assertThat(events).hasSize(5);
        JsonNode addressed = events.get(4).data();
        assertThat(addressed.get("status").asString()).isEqualTo("ADDRESSED");
        assertThat(addressed.get("previousStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(addressed.get("counterMessageNoticeId").asString()).isEqualTo("counter-" + id);
    }

    @Test
    void noticesThatAreNoCounterMessageChangeNoRumour() {
        String id = reported(STAFF);
        status(id, "VERIFYING", STAFF);
        status(id, "DEBUNKED", STAFF);
        NoticeRecords.awaitConsumed(NoticeRecords.send(NoticeRecords.counterMessagePublished("ordinary-" + id, null, 1)));

        assertThat(http().get("/api/rumours/" + id, STAFF).json().get("status").asString()).isEqualTo("DEBUNKED");
    }

    @Test
    void badReportsAreRefusedNamingTheField() {
        Map<String, Object> body = report("Vaccinet innehåller mikrochip");
        body.put("language", "xx");
        body.put("channel", "carrier-pigeon");
        body.put("areas", List.of("visattra", "atlantis"));
        Response refused = http().post("/api/rumours", STAFF, json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("language", "channel", "areas[1]");
        // Screening runs on the request before the service's own checks, so a phone number is refused on its own.
        Response withPhone = http().post("/api/rumours", STAFF, json(report("Ring 070-123 45 67 så får du veta sanningen")));
        assertThat(withPhone.status()).as(withPhone.body()).isEqualTo(422);
        assertThat(errorFields(withPhone)).containsExactly("text");

        Response missing = http().post("/api/rumours", STAFF, json(Map.of("text", "t", "language", "so", "channel", "other",
                "areas", List.of())));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactlyInAnyOrder("areas", "stigmatising");
    }

    @Test
    void personalIdentifiersInNotesAndSummariesAreRefused() {
        String id = reported(STAFF);
        Response note = http().post("/api/rumours/" + id + "/status", STAFF,
                json(Map.of("status", "VERIFYING", "note", "källa: kalle@example.se")));
        assertThat(note.status()).isEqualTo(422);
        assertThat(errorFields(note)).containsExactly("note");
        assertThat(http().get("/api/rumours/" + id, STAFF).json().get("status").asString()).isEqualTo("REPORTED");

        status(id, "VERIFYING", STAFF);
        status(id, "DEBUNKED", STAFF);
        Response summary = http().post("/api/rumours/" + id + "/counter-message", STAFF,
                json(Map.of("summary", "Frågor till 08-535 300 00", "languages", List.of("so"))));
        assertThat(summary.status()).isEqualTo(422);
        assertThat(errorFields(summary)).containsExactly("summary");
        var stored = http().get("/api/rumours/" + id, STAFF).json().get("counterMessageNoticeId");
        assertThat(stored == null || stored.isNull()).as("no counter-message was requested").isTrue();
    }

    @Test
    void representativesReportRumoursButNeitherManageThemNorReadOtherOrganisations() {
        String mine = UUID.randomUUID().toString();
        String rep = TestTokens.representative(mine);
        String id = reported(rep);
        String others = reported(TestTokens.representative(UUID.randomUUID().toString()));

        assertThat(status(id, "VERIFYING", rep).status()).isEqualTo(403);
        assertThat(http().post("/api/rumours/" + id + "/counter-message", rep, json(Map.of("summary", "s"))).status()).isEqualTo(403);
        assertThat(http().get("/api/rumours/" + id, rep).status()).isEqualTo(200);
        assertThat(http().get("/api/rumours/" + others, rep).status()).isEqualTo(403);
        assertThat(http().get("/api/rumours", rep).json().valueStream().map(r -> r.get("id").asString()).toList()).containsExactly(id);
        assertThat(http().get("/api/rumours", OPERATOR).status()).isEqualTo(403);
        assertThat(http().get("/api/rumours/" + id, STAFF).json().get("status").asString()).isEqualTo("REPORTED");
    }
}
