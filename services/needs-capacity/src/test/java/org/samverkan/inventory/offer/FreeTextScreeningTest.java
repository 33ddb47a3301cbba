package org.samverkan.inventory.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;

/** Offer and need descriptions reach Kafka: personal identity numbers, phone numbers and addresses are refused first. */
class FreeTextScreeningTest extends InventoryIntegrationBase {

    @Test
    void anOfferDescriptionWithAPhoneNumberAPersonalIdentityNumberOrAnAddressIsRefusedNamingTheFieldAndNothingIsStored() {
        String org = verifiedOrganization("Visättra SK");
        String rep = TestTokens.representative(org);
        for (String description : List.of("Ring Kalle på 0 70 123 45 67", "Kontakt 811218/9876", "mejla kalle@example.se")) {
            Map<String, Object> body = offerBody("volunteers", 3, List.of("visattra"), List.of(), List.of(), Instant.now());
            body.put("description", description);
            Response refused = http().post("/api/offers", rep, json(body));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
            assertThat(refused.body()).doesNotContain("123 45 67", "9876", "kalle@");
        }
        assertThat(http().get("/api/offers", rep).json()).isEmpty();
    }

    @Test
    void aUnitWithAPersonalIdentityNumberIsRefusedAndOrdinaryNumbersPass() {
        String org = verifiedOrganization("Trångsunds IF");
        String rep = TestTokens.representative(org);
        Map<String, Object> body = offerBody("volunteers", 3, List.of("visattra"), List.of(), List.of(), Instant.now());
        body.put("unit", "8112189876");
        Response refused = http().post("/api/offers", rep, json(body));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("unit");

        body.put("unit", "pcs");
        body.put("description", "45 000 portioner, 2026-12-02 kl. 08:30-17:00, 1 250 kr per hushåll");
        assertThat(http().post("/api/offers", rep, json(body)).status()).isEqualTo(201);
    }

    @Test
    void aNeedClosureReasonWithAnAddressIsRefused() {
        String id = need(needBody("transport", 2, List.of("masmo"), List.of(), List.of(), Instant.now().plusSeconds(86_400))).get("id").asString();
        Response refused = http().post("/api/needs/" + id + "/closure", STAFF, json(Map.of("reason", "klart, se anna@example.se")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(http().get("/api/needs/" + id, STAFF).json().get("status").asString()).isNotEqualTo("CLOSED");
    }
}
