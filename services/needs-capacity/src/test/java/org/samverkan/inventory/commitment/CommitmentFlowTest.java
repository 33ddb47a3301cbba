package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

class CommitmentFlowTest extends InventoryIntegrationBase {
    private static final Instant SOON = Instant.now().plus(5, ChronoUnit.DAYS);

    @Test
    void theOrganisationAcceptsAndDeliveriesMoveTheNeedFromOpenToPartiallyMetToMet() {
        String org = verifiedOrganization("Skogås församling");
        String offer = offer(org, offerBody("food-delivery", 10, List.of("skogas"), List.of("sv"), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("food-delivery", 4, List.of("skogas"), List.of(), List.of(), SOON)).get("id").asString();

        Response proposed = propose(need, offer, 4);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String commitment = proposed.json().get("id").asString();
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED");

        String rep = TestTokens.representative(org);
        JsonNode seenByOrganisation = http().get("/api/commitments", rep).json().get(0);
        assertThat(seenByOrganisation.get("id").asString()).isEqualTo(commitment);
        JsonNode about = seenByOrganisation.get("need");
        assertThat(about.get("areas").get(0).asString()).as("the organisation sees what, where, by when and who asked").isEqualTo("skogas");
        assertThat(Instant.parse(about.get("neededBy").asString())).isEqualTo(SOON.truncatedTo(ChronoUnit.MILLIS));
        assertThat(about.get("askedBy").asString()).isEqualTo("crisis-staff");
        assertThat(about.has("description")).isTrue();
        assertThat(http().post("/api/commitments/" + commitment + "/acceptance", rep, null).json().get("status").asString())
                .isEqualTo("ACCEPTED");
        for (String notAllowed : List.of(TestTokens.role("communications-officer"), TestTokens.role("operator"))) {
            Response refused = http().post("/api/commitments/" + commitment + "/deliveries", notAllowed, json(Map.of("quantity", 1)));
            assertThat(refused.status()).as("only crisis staff or the organisation report deliveries").isEqualTo(403);
        }
        assertThat(needState(need).get("status").asString()).isEqualTo("OPEN");
        assertThat(http().get("/api/needs", TestTokens.role("operator")).status()).as("an operator is not staff").isEqualTo(403);
        deliver(commitment, rep, 1);
        assertThat(needState(need).get("status").asString()).isEqualTo("PARTIALLY_MET");
        Response tooMuch = http().post("/api/commitments/" + commitment + "/deliveries", rep, json(Map.of("quantity", 4)));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        JsonNode done = deliver(commitment, STAFF, 3);
        assertThat(done.get("status").asString()).isEqualTo("DELIVERED");
        JsonNode met = needState(need);
        assertThat(met.get("status").asString()).isEqualTo("MET");
        assertThat(met.get("deliveredQuantity").asInt()).isEqualTo(4);
    }

    @Test
    void aDeclineReleasesTheReservedQuantity() {
        String org = verifiedOrganization("Trångsunds IF");
        String offer = offer(org, offerBody("volunteers", 6, List.of("trangsund"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("volunteers", 6, List.of("trangsund"), List.of(), List.of(), SOON)).get("id").asString();
        String commitment = propose(need, offer, 5).json().get("id").asString();
        assertThat(http().get("/api/offers/" + offer, STAFF).json().get("remainingQuantity").asInt()).isEqualTo(1);

        Response declined = http().post("/api/commitments/" + commitment + "/decline", TestTokens.representative(org),
                json(Map.of("reason", "our bus is broken")));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(http().get("/api/offers/" + offer, STAFF).json().get("remainingQuantity").asInt()).isEqualTo(6);
        assertThat(http().post("/api/commitments/" + commitment + "/acceptance", TestTokens.representative(org), null).status())
                .as("a declined commitment cannot be accepted").isEqualTo(409);
    }

    @Test
    void onlyTheAddressedOrganisationAnswersAndOnlyStaffProposeAndNothingChangesOtherwise() {
        String org = verifiedOrganization("Visättra kvinnoförening");
        String stranger = verifiedOrganization("Segeltorps scoutkår");
        String offer = offer(org, offerBody("childcare", 3, List.of("visattra"), List.of(), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("childcare", 2, List.of("visattra"), List.of(), List.of(), SOON)).get("id").asString();

        Response byRepresentative = http().post("/api/commitments", TestTokens.representative(org),
                json(Map.of("needId", need, "offerId", offer, "quantity", 1)));
        assertThat(byRepresentative.status()).isEqualTo(403);
        assertThat(byRepresentative.isProblem()).isTrue();
        String commitment = propose(need, offer, 2).json().get("id").asString();

        for (String token : List.of(TestTokens.representative(stranger), STAFF)) {
            Response refused = http().post("/api/commitments/" + commitment + "/acceptance", token, null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(http().post("/api/commitments/" + commitment + "/decline", token, null).status()).isEqualTo(403);
        }
        assertThat(http().get("/api/commitments/" + commitment, TestTokens.representative(stranger)).status()).isEqualTo(403);
        JsonNode unchanged = http().get("/api/commitments/" + commitment, TestTokens.representative(org)).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void proposalsForAnotherTypeOrAnUnverifiedOrganisationAreRuleViolationsNamingTheField() {
        String org = verifiedOrganization("Huddinge centrum tolkar");
        String offer = offer(org, offerBody("interpretation", 3, List.of("huddinge-centrum"), List.of("fa"), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("transport", 2, List.of("huddinge-centrum"), List.of(), List.of(), SOON)).get("id").asString();
        Response wrongType = propose(need, offer, 1);
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("offerId");
        Response negative = propose(need, offer, -1);
        assertThat(negative.status()).as("a negative quantity is out of bounds").isEqualTo(422);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
    }

    private JsonNode deliver(String commitment, String token, int quantity) {
        Response r = http().post("/api/commitments/" + commitment + "/deliveries", token, json(Map.of("quantity", quantity)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode needState(String need) {
        return http().get("/api/needs/" + need, STAFF).json();
    }
}
