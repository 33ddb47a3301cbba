package org.samverkan.inventory.authorization;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.platform.test.AuthorizationMatrix;
import org.samverkan.platform.test.TestTokens;

/** Every operation of the inventory's OpenAPI description by every caller, against authorization-matrix.txt. */
class AuthorizationMatrixTest extends InventoryIntegrationBase {
    private static final Instant SOON = Instant.now().plus(2, ChronoUnit.DAYS);

    @Test
    void everyCallerIsAllowedExactlyWhatTheTableDeclares() {
        // Real records of one organisation, so that ownership is decided on them rather than on a 404.
        String org = verifiedOrganization("Matrisföreningen");
        String offer = offer(org, offerBody("food-delivery", 10, List.of("skogas"), List.of("sv"), List.of(), Instant.now()))
                .get("id").asString();
        String need = need(needBody("food-delivery", 4, List.of("skogas"), List.of(), List.of(), SOON)).get("id").asString();
        String commitment = propose(need, offer, 2).json().get("id").asString();
        String reported = http().post("/api/needs", TestTokens.representative(org),
                json(needBody("phone-outreach", 3, List.of("skogas"), List.of(), List.of(), SOON))).json().get("id").asString();
        AuthorizationMatrix.on(port, org).otherOrganization(verifiedOrganization("Grannföreningen"))
                .record("/api/offers/{id}", offer)
                .record("/api/needs/{id}", reported)
                .record("/api/commitments/{id}", commitment)
                .body("POST /api/offers", json(offerBody("food-delivery", 1, List.of("skogas"), List.of("sv"), List.of(), Instant.now())))
                .body("PUT /api/offers/{id}", json(offerBody("food-delivery", 10, List.of("skogas"), List.of("sv"), List.of(), Instant.now())))
                .body("POST /api/needs", json(needBody("food-delivery", 1, List.of("skogas"), List.of(), List.of(), SOON)))
                .body("PUT /api/needs/{id}", json(needBody("phone-outreach", 3, List.of("skogas"), List.of(), List.of(), SOON)))
                .body("POST /api/commitments", json(Map.of("needId", need, "offerId", offer, "quantity", 1)))
                .assertMatches("authorization-matrix.txt");
    }
}
