package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A notice whose source text is null (the API refuses one now; one stored before that rule is made here behind the API) must not stop deliveries of other notices.
 * Sjödalen-Fullersta is used by no other test class, so exactly this organisation reaches it.
 */
class UnrenderableNoticeDeliveryTest extends CommunicationsIntegrationBase {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    private static final String AREA = "sjodalen-fullersta";
    @Autowired
    OrganizationCopies organizations;

    @Test
    void aNoticeThatCannotBeRenderedFailsItsDeliveryAloneAndLaterNoticesStillGoOut() {
        RegistryRecords.organization("u-email", 2, "VERIFIED", List.of(AREA), List.of(), List.of("older-people"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("u-email").isPresent());
        var inbox = http().send("PUT", "/api/organizations/u-email/inbox", TestTokens.representative("u-email"),
                "{\"email\": \"notices@u-email.example\"}", java.util.Map.of());
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);

        String bad = Notices.publishWithoutSwedishTextInTheStore(http(), mongo, Notices.draft(List.of(AREA), List.of("sv", "sv-x-lattlast", "fi")));
        String good = Notices.publish(http(), Notices.draft(List.of(AREA), List.of("sv", "sv-x-lattlast", "fi")), null);

        assertThat(delivery(good, d -> d.get("status").asString().equals("DELIVERED")).get("channels").toString()).contains("email");
        JsonNode failed = delivery(bad, d -> d.get("status").asString().equals("FAILED"));
        assertThat(failed.get("lastError").asString()).contains("cannot be rendered");
        assertThat(TestSmtp.recipients().stream().filter("notices@u-email.example"::equals).count()).isEqualTo(1);
        var events = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> types(bad + ":u-email"), t -> !t.isEmpty());
        assertThat(events).containsExactly("org.samverkan.communications.DeliveryFailed");
    }


    private JsonNode delivery(String noticeId, java.util.function.Predicate<JsonNode> ready) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var deliveries = http().get("/api/notices/" + noticeId + "/deliveries", OFFICER).json().get("deliveries");
            return deliveries.isEmpty() ? null : deliveries.get(0);
        }, d -> d != null && ready.test(d));
    }

    private static List<String> types(String key) {
        return TopicProbe.readAll(DeliveryEvents.TOPIC).stream().filter(r -> key.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).toList();
    }
}
