package org.samverkan.communications.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;

/** Segeltorp is used by no other test class, so exactly these organisations reach it. */
class SituationUpdateTest extends CommunicationsIntegrationBase {
    private static final String STAFF = TestTokens.role("crisis-staff");
    @Autowired
    OrganizationCopies organizations;

    @Test
    void crisisStaffPublishADatedSeriesThatReachesVerifiedOrganisationsInTheAreas() throws Exception {
        RegistryRecords.organization("s-verified", 2, "VERIFIED", List.of("segeltorp"), List.of("fa"), List.of("women"));
        RegistryRecords.organization("s-pending", 1, "PENDING", List.of("segeltorp"), List.of("fa"), List.of("women"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("s-pending").isPresent()
                && organizations.find("s-verified").isPresent());
        for (String org : List.of("s-verified", "s-pending")) {
            http().send("PUT", "/api/organizations/" + org + "/inbox", TestTokens.representative(org),
                    "{\"email\": \"lage@" + org + ".example\"}", java.util.Map.of());
        }
        String incident = "Storm-" + java.util.UUID.randomUUID();

        var first = http().post("/api/situation-updates", STAFF, report(incident, "Strömavbrott i Segeltorp"));
        var second = http().post("/api/situation-updates", STAFF, report(incident, "Strömmen tillbaka"));
        var byOfficer = http().post("/api/situation-updates", TestTokens.role("communications-officer"), report(incident, "x"));
        var unknownArea = http().post("/api/situation-updates", STAFF, report(incident, "y").replace("segeltorp", "atlantis"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(unknownArea.status()).isEqualTo(422);
        var series = http().get("/api/incidents/" + incident + "/situation-updates", STAFF).json();
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.get(0).get("report").get("title").asString()).isEqualTo("Strömavbrott i Segeltorp");
        String firstId = first.json().get("id").asString();
        var published = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.readAll(SituationUpdateEvents.TOPIC)
                .stream().filter(r -> firstId.equals(r.key())).toList(), r -> !r.isEmpty());
        assertThat(new String(published.getFirst().headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("org.samverkan.communications.SituationUpdatePublished");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.recipients().stream()
                .filter("lage@s-verified.example"::equals).count() == 2);
        assertThat(TestSmtp.recipients()).doesNotContain("lage@s-pending.example");
        var deliveries = http().get("/api/organizations/s-verified/deliveries", TestTokens.representative("s-verified")).json();
        assertThat(deliveries.get(0).get("kind").asString()).isEqualTo("SITUATION_UPDATE");
    }

    private static String report(String incident, String title) {
        return """
                {"incident": "%s", "title": "%s", "situation": "Stormen har fällt ledningar.", "measuresTaken": "Reservkraft till äldreboenden",
                 "nextSteps": "Ny lägesbild kl 18", "areas": ["segeltorp"], "targetGroups": ["older-people"], "severity": "Severe"}"""
                .formatted(incident, title);
    }
}
