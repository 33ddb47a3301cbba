package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestProducer;
import org.samverkan.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/**
 * Communications' translation events, in its published format on the real broker, become interpretation needed and
 * given: one need per request, one delivered commitment per organisation that sent a translation, counted by the gap
 * analysis — and nothing twice, however often the events come.
 */
class TranslationNeedsTest extends InventoryIntegrationBase {
    private static final String TOPIC = "samverkan.communications.translation";

    @Test
    void aTranslationRequestIsANeedAndATranslationSentIsADeliveredCommitmentCountedOnceInTheGaps() {
        String org = verifiedOrganization("Tigrinska föreningen " + UUID.randomUUID());
        String offer = offer(org, offerBody("interpretation", 5, List.of("segeltorp"), List.of("ti"), List.of(),
                Instant.parse("2026-01-01T00:00:00Z"))).get("id").asString();
        String request = UUID.randomUUID().toString();
        String notice = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) { // a duplicate of each, as at-least-once delivery may bring
            send(request, "TranslationRequested", 1, """
                    {"requestId": "%s", "noticeId": "%s", "language": "ti", "organizationIds": ["%s"], "areas": ["segeltorp"],
                     "neededBy": "2026-12-05T12:00:00Z", "requestedAt": "2026-12-04T12:00:00Z", "futureField": 1}"""
                    .formatted(request, notice, org));
            send(request, "TranslationSubmitted", 2, """
                    {"requestId": "%s", "noticeId": "%s", "language": "ti", "organizationId": "%s", "length": 420,
                     "submittedAt": "2026-12-04T15:00:00Z"}""".formatted(request, notice, org));
        }

        // A second organisation's translation of the same request: one translation answers it, so nothing more counts.
        send(request, "TranslationSubmitted", 3, """
                {"requestId": "%s", "noticeId": "%s", "language": "ti", "organizationId": "%s", "length": 380,
                 "submittedAt": "2026-12-04T16:00:00Z"}""".formatted(request, notice, "andra-" + UUID.randomUUID()));
        // A marker on the same key (so the same partition, after the duplicates; another area, so the gap cell below
        // is not its): once its need exists, every
        // duplicate before it has been consumed, so the counts below are not read too early.
        String marker = UUID.randomUUID().toString();
        send(request, "TranslationRequested", 4, """
                {"requestId": "%s", "noticeId": "%s", "language": "ti", "organizationIds": ["%s"], "areas": ["masmo"],
                 "neededBy": "2026-12-05T12:00:00Z", "requestedAt": "2026-12-04T12:00:00Z"}""".formatted(marker, notice, org));
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/needs/translation-" + marker, STAFF).status() == 200);

        JsonNode need = await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/needs/translation-" + request, STAFF),
                r -> r.status() == 200 && "MET".equals(r.json().get("status").asString())).json();
        assertThat(need.get("resourceType").asString()).isEqualTo("interpretation");
        assertThat(need.get("quantity").asInt()).isEqualTo(1);
        assertThat(need.get("deliveredQuantity").asInt()).isEqualTo(1);
        assertThat(need.get("languages").get(0).asString()).isEqualTo("ti");
        assertThat(need.get("description").asString()).contains("Översättning", "Tigrinya");
        JsonNode commitments = http().get("/api/commitments?needId=translation-" + request, STAFF).json();
        assertThat(commitments).hasSize(1);
        assertThat(commitments.get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(commitments.get(0).get("organizationId").asString()).isEqualTo(org);
        assertThat(commitments.get(0).get("offerId").asString()).as("the offer it was given under").isEqualTo(offer);
        assertThat(http().get("/api/offers/" + offer, STAFF).json().get("remainingQuantity").asInt())
                .as("work already done reserves nothing").isEqualTo(5);

        String commitment = commitments.get(0).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> types(commitment), t -> !t.isEmpty());
        assertThat(types(commitment)).as("no proposal e-mail for work already given").containsExactly("CommitmentDelivered");
        JsonNode cell = cell("segeltorp", "ti", "interpretation");
        assertThat(cell.get("committed").asInt()).as(cell.toString()).isEqualTo(cell.get("needed").asInt()).isPositive();
        assertThat(cell.get("organizations").toString()).contains("Tigrinska föreningen");
    }

    @Test
    void aTranslationFromAnOrganisationWithoutAnOfferCountsWithoutOne() {
        String org = verifiedOrganization("Namngiven förening " + UUID.randomUUID());
        String request = UUID.randomUUID().toString();
        send(request, "TranslationRequested", 1, """
                {"requestId": "%s", "noticeId": "n", "language": "so", "organizationIds": ["%s"], "areas": ["segeltorp"],
                 "neededBy": "2026-12-05T12:00:00Z", "requestedAt": "2026-12-04T12:00:00Z"}""".formatted(request, org));
        send(request, "TranslationSubmitted", 2, """
                {"requestId": "%s", "noticeId": "n", "language": "so", "organizationId": "%s", "length": 10,
                 "submittedAt": "2026-12-04T15:00:00Z"}""".formatted(request, org));

        JsonNode commitments = await().atMost(Duration.ofSeconds(30))
                .until(() -> http().get("/api/commitments?needId=translation-" + request, STAFF).json(), c -> c.size() == 1);
        assertThat(commitments.get(0).get("offerId").isNull()).isTrue();
        assertThat(commitments.get(0).get("deliveredQuantity").asInt()).isEqualTo(1);
    }

    private JsonNode cell(String area, String language, String type) {
        for (JsonNode c : http().get("/api/gaps", STAFF).json()) {
            if (c.get("area").asString().equals(area) && c.get("language").asString().equals(language)
                    && c.get("resourceType").asString().equals(type)) {
                return c;
            }
        }
        throw new AssertionError("no gap cell " + area + "/" + language + "/" + type);
    }

    private static List<String> types(String commitment) {
        List<String> types = new ArrayList<>();
        TopicProbe.readAll("samverkan.inventory.commitment").stream().filter(r -> commitment.equals(r.key()))
                .forEach(r -> types.add(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                        .replace("org.samverkan.inventory.", "")));
        return types;
    }

    private static void send(String key, String type, long version, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "org.samverkan.communications." + type,
                        "ce_source", "/samverkan/communications", "ce_time", Instant.now().toString(), "ce_subject", key,
                        "ce_aggregateversion", String.valueOf(version), "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        TestProducer.send(new ProducerRecord<>(TOPIC, null, key, json.getBytes(StandardCharsets.UTF_8), headers));
    }
}
