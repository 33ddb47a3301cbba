package org.samverkan.followup.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.followup.dashboard.SourceEvents;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** A suspended organisation's representatives lose access to follow-up on their next request, as in every other service. */
class RepresentationTest extends FollowUpIntegrationBase {
    @Autowired
    DashboardQueries dashboard;

    @Test
    void aRepresentativeWhoseOrganisationIsSuspendedIsRefusedOnTheNextRequest() {
        String org = "standing-" + UUID.randomUUID();
        verifiedOrganization(org, "masmo", "so", "older-people");
        String rep = TestTokens.representative(org);
        Response observed = http().post("/api/observations", rep, json(observation()));
        assertThat(observed.status()).as(observed.body()).isEqualTo(201);

        SourceEvents.organization(org, 3, "OrganizationSuspended", "SUSPENDED", SourceEvents.at("2026-10-02"),
                List.of("masmo"), List.of("so"), List.of("older-people"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> dashboard.organizationNow(org).filter(f -> "SUSPENDED".equals(f.status())).isPresent());

        Response refused = http().post("/api/observations", rep, json(observation()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("not verified", "SUSPENDED");
        assertThat(http().get("/api/observations", rep).status()).isEqualTo(403);
    }

    @Test
    void aRepresentativeOfAnOrganisationTheRegistrysTopicHasNotToldOfIsLetThrough() {
        Response observed = http().post("/api/observations", TestTokens.representative("unheard-of-" + UUID.randomUUID()),
                json(observation()));
        assertThat(observed.status()).as(observed.body()).isEqualTo(201);
    }

    private static Map<String, Object> observation() {
        return Map.of("area", "masmo", "targetGroups", List.of("older-people"), "languages", List.of("so"),
                "category", "isolation", "description", "Äldre har inte fått informationen", "severity", "HIGH",
                "observedOn", "2026-11-20");
    }
}
