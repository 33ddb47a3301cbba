package org.samverkan.inventory.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

class OfferApiTest extends InventoryIntegrationBase {

    @Test
    void aRepresentativeOffersUpdatesAndWithdrawsTheirOwnOrganisationsCapacity() {
        String org = verifiedOrganization("Flemingsbergs IF");
        String rep = TestTokens.representative(org);
        JsonNode created = offer(org, offerBody("volunteers", 12, List.of("flemingsberg"), List.of("sv", "ar"), List.of("older-people"),
                Instant.now()));
        assertThat(created.get("organizationId").asString()).isEqualTo(org);
        assertThat(created.get("counts").asBoolean()).isTrue();
        String id = created.get("id").asString();

        Map<String, Object> changed = offerBody("volunteers", 15, List.of("flemingsberg", "visattra"), List.of("sv"), List.of(), Instant.now());
        Response updated = http().send("PUT", "/api/offers/" + id, rep, json(changed), Map.of());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("quantity").asInt()).isEqualTo(15);
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);

        JsonNode withdrawn = http().post("/api/offers/" + id + "/withdrawal", rep, null).json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("counts").asBoolean()).isFalse();
        assertThat(http().get("/api/offers", rep).json()).extracting(o -> o.get("organizationId").asString()).containsOnly(org);
    }

    @Test
    void anotherOrganisationsRepresentativeAndStaffCannotChangeAnOfferAndNothingChanges() {
        String org = verifiedOrganization("Vårby församling");
        String other = verifiedOrganization("Masmo IK");
        String id = offer(org, offerBody("premises", 1, List.of("varby"), List.of(), List.of(), Instant.now())).get("id").asString();

        for (String token : List.of(TestTokens.representative(other), STAFF)) {
            Response put = http().send("PUT", "/api/offers/" + id, token,
                    json(offerBody("premises", 9, List.of("varby"), List.of(), List.of(), Instant.now())), Map.of());
            assertThat(put.status()).isEqualTo(403);
            assertThat(put.isProblem()).isTrue();
            assertThat(http().post("/api/offers/" + id + "/withdrawal", token, null).status()).isEqualTo(403);
        }
        assertThat(http().get("/api/offers/" + id, TestTokens.representative(other)).status()).isEqualTo(403);
        JsonNode unchanged = http().get("/api/offers/" + id, STAFF).json();
        assertThat(unchanged.get("quantity").asInt()).isEqualTo(1);
        assertThat(unchanged.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
        assertThat(http().post("/api/offers", STAFF,
                json(offerBody("premises", 1, List.of("varby"), List.of(), List.of(), Instant.now()))).status())
                .as("staff do not offer on an organisation's behalf").isEqualTo(403);
    }

    @Test
    void unknownReferenceCodesAreA422ProblemNamingEachField() {
        String org = verifiedOrganization("Stuvsta kyrka");
        Response bad = http().post("/api/offers", TestTokens.representative(org),
                json(offerBody("helicopters", 1, List.of("varby", "atlantis"), List.of("xx"), List.of("older-people"), Instant.now())));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("resourceType", "areas[1]", "languages[0]");
    }

    @Test
    void malformedInputIsA400ProblemNamingTheField() {
        String org = verifiedOrganization("Sjödalens förening");
        Map<String, Object> body = offerBody("transport", 0, List.of(), List.of(), List.of(), Instant.now());
        Response bad = http().post("/api/offers", TestTokens.representative(org), json(body));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactlyInAnyOrder("quantity", "areas");

        Response notJson = http().post("/api/offers", TestTokens.representative(org), "{\"quantity\": \"many\"}");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");

        body = offerBody("transport", 2, List.of("masmo"), List.of(), List.of(), Instant.parse("2026-12-01T00:00:00Z"));
        body.put("availableUntil", "2026-11-01T00:00:00Z");
        Response backwards = http().post("/api/offers", TestTokens.representative(org), json(body));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("availableUntil");
    }
}
