package org.samverkan.communications.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** A suspended organisation's representatives lose access to communications on their next request. */
class RepresentationTest extends CommunicationsIntegrationBase {
    @Autowired
    OrganizationCopies organizations;

    @Test
    void aSuspendedOrganisationsRepresentativesAreRefusedAndTheirOtherOrganisationIsNot() {
        String suspended = "rep-suspended-" + System.nanoTime();
        String other = "rep-other-" + System.nanoTime();
        RegistryRecords.organization(suspended, 2, "VERIFIED", List.of("masmo"), List.of(), List.of());
        RegistryRecords.organization(other, 2, "VERIFIED", List.of("masmo"), List.of(), List.of());
        await(suspended, "VERIFIED");
        await(other, "VERIFIED");
        String rep = TestTokens.representative(suspended);
        String both = TestTokens.representativeOf(suspended, other);
        assertThat(http().get("/api/organizations/" + suspended + "/deliveries", rep).status()).isEqualTo(200);

        RegistryRecords.organization(suspended, 3, "SUSPENDED", List.of("masmo"), List.of(), List.of());
        await(suspended, "SUSPENDED");

        Response refused = http().get("/api/organizations/" + suspended + "/deliveries", rep);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("not verified");
        assertThat(http().send("GET", "/api/organizations/" + suspended + "/deliveries", both, null,
                Map.of("Samverkan-Acting-For", suspended)).status()).isEqualTo(403);
        assertThat(http().send("GET", "/api/organizations/" + other + "/deliveries", both, null,
                Map.of("Samverkan-Acting-For", other)).status()).isEqualTo(200);
    }

    private void await(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find(id)
                .filter(o -> o.status().equals(status)).isPresent());
    }
}
