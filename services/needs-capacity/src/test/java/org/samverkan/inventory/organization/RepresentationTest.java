package org.samverkan.inventory.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.messaging.RegistryRecords;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;

/** Who a representative acts for, on signed tokens: the organisation the request names, and only while it is verified. */
class RepresentationTest extends InventoryIntegrationBase {
    private static final String ACTING_FOR = "Samverkan-Acting-For";

    @Test
    void aRepresentativeOfTwoOrganisationsActsForEachByHeaderAndNotForAThird() {
        String first = verifiedOrganization("Flemingsbergs moské");
        String second = verifiedOrganization("Huddinge kyrkliga samfällighet");
        String third = verifiedOrganization("Sjödalens IF");
        String both = TestTokens.representativeOf(first, second);

        for (String org : List.of(first, second)) {
            Response created = offerFor(both, org);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("organizationId").asString()).isEqualTo(org);
            Response listed = http().send("GET", "/api/offers", both, null, Map.of(ACTING_FOR, org));
            assertThat(listed.json()).extracting(o -> o.get("organizationId").asString()).containsOnly(org);
        }

        Response refused = offerFor(both, third);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(ACTING_FOR);
        assertThat(http().send("GET", "/api/offers?organizationId=" + third, both, null, Map.of(ACTING_FOR, first)).status())
                .isEqualTo(403);
        assertThat(http().get("/api/offers?organizationId=" + third, TestTokens.role("crisis-staff")).json())
                .as("nothing was offered for the third").isEmpty();

        assertThat(http().post("/api/offers", both, json(volunteers())).status())
                .as("without the header an offer names no organisation").isEqualTo(403);
        assertThat(http().get("/api/organizations/" + second, both).status())
                .as("a call naming the organisation itself needs no header").isEqualTo(200);
        assertThat(http().send("GET", "/api/organizations/" + second, both, null, Map.of(ACTING_FOR, first)).status())
                .as("acting for the first, not the second").isEqualTo(403);
    }

    @Test
    void aSuspendedOrganisationsRepresentativesLoseAccessOnTheirNextRequest() {
        String suspended = verifiedOrganization("Stuvsta kulturförening");
        String other = verifiedOrganization("Vårby gårds förening");
        String alone = TestTokens.representative(suspended);
        String both = TestTokens.representativeOf(suspended, other);
        assertThat(http().post("/api/offers", alone, json(volunteers())).status()).isEqualTo(201);

        RegistryRecords.send(RegistryRecords.suspended(suspended, 3));
        awaitStatus(suspended, "SUSPENDED");

        for (Response refused : List.of(http().post("/api/offers", alone, json(volunteers())), http().get("/api/offers", alone),
                offerFor(both, suspended))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("detail").asString()).contains("not verified");
        }
        assertThat(offerFor(both, other).status()).as("their other organisation is unaffected").isEqualTo(201);
        assertThat(http().get("/api/organizations/" + suspended, both).status())
                .as("without the header only the verified organisation counts").isEqualTo(403);
    }

    private Response offerFor(String token, String organizationId) {
        return http().send("POST", "/api/offers", token, json(volunteers()), Map.of(ACTING_FOR, organizationId));
    }

    private static Map<String, Object> volunteers() {
        return offerBody("volunteers", 4, List.of("flemingsberg"), List.of("sv"), List.of(), Instant.now());
    }
}
